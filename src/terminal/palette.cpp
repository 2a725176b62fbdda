#include "palette.h"

#include <algorithm>

namespace Teleterm::Terminal
{

namespace
{

constexpr std::array<Palette::Rgb, 16> XtermAnsi = {
    0xff000000,
    0xffcd0000,
    0xff00cd00,
    0xffcdcd00,
    0xff0000ee,
    0xffcd00cd,
    0xff00cdcd,
    0xffe5e5e5,
    0xff7f7f7f,
    0xffff0000,
    0xff00ff00,
    0xffffff00,
    0xff5c5cff,
    0xffff00ff,
    0xff00ffff,
    0xffffffff,
};

} // namespace

Palette::Palette()
{
    setAnsi(XtermAnsi);
    constexpr int levels[6] = {0, 95, 135, 175, 215, 255};
    for (int i = 0; i < 216; ++i) {
        m_colors[16 + i] = rgb(levels[i / 36], levels[i / 6 % 6], levels[i % 6]);
    }
    for (int i = 0; i < 24; ++i) {
        const int grey = 8 + 10 * i;
        m_colors[232 + i] = rgb(grey, grey, grey);
    }
}

void Palette::setAnsi(const std::array<Rgb, 16> &colors)
{
    std::copy(colors.begin(), colors.end(), m_colors.begin());
}

Palette::Rgb Palette::resolve(Color color, Rgb defaultColor) const
{
    switch (color.kind()) {
    case Color::Indexed:
        return m_colors[color.index()];
    case Color::Rgb:
        return 0xff000000 | color.rgbValue();
    case Color::Default:
        break;
    }
    return defaultColor;
}

} // namespace Teleterm::Terminal
