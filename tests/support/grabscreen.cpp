// Saves what an X display shows, as a person looking at it would see it: for checking a window by
// eye under Xvfb (`xvfb-run … teleterm-grab-screen OUT.png` beside the program), where
// ImageMagick's `import` may not be installed.
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: teleterm-grab-screen OUT.png\n");
        return 2;
    }
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    if (shot.isNull() || !shot.save(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "teleterm-grab-screen: could not grab the screen into %s\n", argv[1]);
        return 1;
    }
    return 0;
}
