#pragma once

#include "palette.h"
#include "screen.h"
#include "session.h"

#include <QColor>
#include <QElapsedTimer>
#include <QFont>
#include <QImage>
#include <QPointer>
#include <QQuickItem>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace Teleterm::Terminal
{

// A terminal in Qt Quick: draws a Screen, at most once a frame and only the rows that changed
// (into an image the scene graph shows), and turns keys, the mouse, the wheel and touch into what
// the program expects. Scrollback by wheel, keyboard (Shift+PageUp/PageDown) and touch drag;
// selection by mouse or touch (double-click a word, triple-click a line); copy and paste with
// Ctrl+Shift+C/V; search in the history; zoom with Ctrl +/-/0 (and pinch, from QML).
class TerminalView : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Teleterm::Terminal::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily WRITE setFontFamily NOTIFY fontChanged)
    Q_PROPERTY(qreal fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY fontChanged)
    Q_PROPERTY(QColor foreground READ foreground WRITE setForeground NOTIFY colorsChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY colorsChanged)
    Q_PROPERTY(QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor cursorColor READ cursorColor WRITE setCursorColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor matchColor READ matchColor WRITE setMatchColor NOTIFY colorsChanged)
    // The 16 ANSI colours, black to bright white.
    Q_PROPERTY(QList<QColor> ansiColors READ ansiColors WRITE setAnsiColors NOTIFY colorsChanged)
    Q_PROPERTY(int scrollbackLines READ scrollbackLines WRITE setScrollbackLines NOTIFY scrollbackLinesChanged)
    Q_PROPERTY(bool copyOnSelect MEMBER m_copyOnSelect NOTIFY copyOnSelectChanged)
    Q_PROPERTY(int rows READ rows NOTIFY gridChanged)
    Q_PROPERTY(int columns READ columns NOTIFY gridChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    // Lines of history above the screen, and how far up the view is scrolled (0: at the bottom).
    Q_PROPERTY(int historySize READ historySize NOTIFY historyChanged)
    Q_PROPERTY(int scrollOffset READ scrollOffset WRITE setScrollOffset NOTIFY historyChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY selectionChanged)

public:
    explicit TerminalView(QQuickItem *parent = nullptr);
    ~TerminalView() override;

    [[nodiscard]] Session *session() const
    {
        return m_session;
    }
    void setSession(Session *session);
    [[nodiscard]] QString fontFamily() const
    {
        return m_font.family();
    }
    void setFontFamily(const QString &family);
    [[nodiscard]] qreal fontPixelSize() const
    {
        return m_font.pixelSize();
    }
    void setFontPixelSize(qreal size);
    [[nodiscard]] QColor foreground() const
    {
        return m_foreground;
    }
    void setForeground(const QColor &color);
    [[nodiscard]] QColor background() const
    {
        return m_background;
    }
    void setBackground(const QColor &color);
    [[nodiscard]] QColor selectionColor() const
    {
        return m_selectionColor;
    }
    void setSelectionColor(const QColor &color);
    [[nodiscard]] QColor cursorColor() const
    {
        return m_cursorColor;
    }
    void setCursorColor(const QColor &color);
    [[nodiscard]] QColor matchColor() const
    {
        return m_matchColor;
    }
    void setMatchColor(const QColor &color);
    [[nodiscard]] QList<QColor> ansiColors() const
    {
        return m_ansiColors;
    }
    void setAnsiColors(const QList<QColor> &colors);
    [[nodiscard]] int scrollbackLines() const
    {
        return m_screen.scrollback().maxLines();
    }
    void setScrollbackLines(int lines);

    [[nodiscard]] int rows() const
    {
        return m_screen.rows();
    }
    [[nodiscard]] int columns() const
    {
        return m_screen.columns();
    }
    [[nodiscard]] QString title() const
    {
        return m_screen.title();
    }
    [[nodiscard]] int historySize() const
    {
        return m_screen.historySize();
    }
    [[nodiscard]] int scrollOffset() const
    {
        return m_scrollOffset;
    }
    void setScrollOffset(int offset);
    [[nodiscard]] bool hasSelection() const
    {
        return m_selectionStart != m_selectionEnd;
    }
    [[nodiscard]] QString selectedText() const;

    // The screen, for tests and for what reads its text.
    [[nodiscard]] const Screen &screen() const
    {
        return m_screen;
    }

    // Output of the program, as a session delivers it (also for tests).
    Q_INVOKABLE void feed(const QByteArray &bytes);
    Q_INVOKABLE void copy();
    Q_INVOKABLE void paste();
    Q_INVOKABLE void selectAll();
    Q_INVOKABLE void clearSelection();
    // Selects the next match of `text` (before the current one when `backwards`), scrolling to it;
    // false when there is none.
    Q_INVOKABLE bool find(const QString &text, bool backwards = false);
    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE void resetZoom();
    Q_INVOKABLE void scrollToBottom();
    // The text of the visible rows (as a person reads the screen), for tests and accessibility.
    Q_INVOKABLE QString visibleText() const;

Q_SIGNALS:
    void sessionChanged();
    void fontChanged();
    void colorsChanged();
    void scrollbackLinesChanged();
    void copyOnSelectChanged();
    void gridChanged();
    void titleChanged();
    void historyChanged();
    void selectionChanged();
    void bell();
    // Ctrl+Shift+F: the view around it opens its search field.
    void searchRequested();
    // The user typed while the program's output flooded: the view went back to the bottom.
    void inputSent();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *data) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    void keyPressEvent(QKeyEvent *event) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void touchEvent(QTouchEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void itemChange(ItemChange change, const ItemChangeData &value) override;

private:
    void updateMetrics();
    void updateGrid();
    // Whether the item has a size to lay a grid out in.
    [[nodiscard]] bool isLaidOut() const;
    void sendInput(const QByteArray &bytes);
    void markAllDirty();
    // The history position under a point of the item.
    [[nodiscard]] Position positionAt(QPointF point) const;
    // Whether the program takes the mouse (and the user is not holding Shift to select).
    [[nodiscard]] bool mouseGoesToProgram(Qt::KeyboardModifiers modifiers) const;
    void reportMouse(QPointF point, int button, bool pressed, Qt::KeyboardModifiers modifiers);
    void setSelection(Position start, Position end);
    void selectWordAt(Position at);
    void selectLineAt(Position at);
    // The history line drawn at view row `row`.
    [[nodiscard]] int lineAtRow(int row) const
    {
        return m_screen.historySize() - m_scrollOffset + row;
    }
    void paintRows(QImage &image, int firstRow, int lastRow);
    void paintRow(QPainter &painter, int row, const Line &line, int historyLine);
    void scrollImage(QImage &image, int lines);

    Screen m_screen;
    Palette m_palette;
    QPointer<Session> m_session;
    QByteArray m_waitingOutput; // output that came before the item had a size
    QFont m_font;
    qreal m_defaultPixelSize = 14;
    qreal m_cellWidth = 8;
    qreal m_cellHeight = 16;
    qreal m_ascent = 12;
    QColor m_foreground{0xd0, 0xd0, 0xd0};
    QColor m_background{0x1e, 0x1e, 0x1e};
    QColor m_selectionColor{0x44, 0x66, 0xaa};
    QColor m_cursorColor{0xe0, 0xe0, 0xe0};
    QColor m_matchColor{0xcc, 0x99, 0x33};
    QList<QColor> m_ansiColors;
    bool m_copyOnSelect = false;

    int m_scrollOffset = 0;
    Position m_selectionStart;
    Position m_selectionEnd;
    Position m_selectionAnchor;
    bool m_selecting = false;
    int m_clickCount = 0;
    QElapsedTimer m_lastClick;
    QPointF m_lastClickPoint;
    qreal m_touchScrollRemainder = 0;
    QPointF m_touchLast;
    bool m_touchDragged = false;
    int m_mouseButtonsDown = 0; // buttons reported to the program as pressed

    bool m_cursorBlinkOn = true;
    QTimer m_cursorBlink;

    // What the scene graph shows: the rows drawn so far, and which must be drawn again.
    QImage m_image;
    bool m_allDirty = true;
    std::vector<int> m_dirtyRows;
    int m_cursorRowDrawn = -1;
};

} // namespace Teleterm::Terminal
