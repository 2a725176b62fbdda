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
// the program expects. Scrollback by wheel, keyboard (Shift+PageUp/PageDown) and touch (a drag,
// and a flick that glides on and slows down as a list does); selection by mouse (double-click a
// word, triple-click a line); copy and paste with Ctrl+Shift+C/V; search in the history, every
// match highlighted; a visible bell; zoom with Ctrl +/-/0 (and pinch, from QML, through zoomTo).
class TerminalView : public QQuickItem
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(Teleterm::Terminal::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString fontFamily READ fontFamily WRITE setFontFamily NOTIFY fontChanged)
    // The size the font is drawn at. Setting it sets the size Ctrl+0 comes back to; a zoom (Ctrl
    // +/-, a pinch) changes it for this view alone, until it is set again.
    Q_PROPERTY(qreal fontPixelSize READ fontPixelSize WRITE setFontPixelSize NOTIFY fontChanged)
    // Whether a flick still carries the history on after the finger left.
    Q_PROPERTY(bool flicking READ isFlicking NOTIFY flickingChanged)
    Q_PROPERTY(QColor foreground READ foreground WRITE setForeground NOTIFY colorsChanged)
    Q_PROPERTY(QColor background READ background WRITE setBackground NOTIFY colorsChanged)
    Q_PROPERTY(QColor selectionColor READ selectionColor WRITE setSelectionColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor cursorColor READ cursorColor WRITE setCursorColor NOTIFY colorsChanged)
    // The current match of the search, and the others (by default the current one's colour half
    // way to the background).
    Q_PROPERTY(QColor matchColor READ matchColor WRITE setMatchColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor otherMatchColor READ otherMatchColor WRITE setOtherMatchColor RESET resetOtherMatchColor NOTIFY colorsChanged)
    // The visible bell's flash, drawn over the text at a quarter of this colour's opacity (by
    // default the foreground).
    Q_PROPERTY(QColor bellColor READ bellColor WRITE setBellColor RESET resetBellColor NOTIFY colorsChanged)
    // The 16 ANSI colours, black to bright white.
    Q_PROPERTY(QList<QColor> ansiColors READ ansiColors WRITE setAnsiColors NOTIFY colorsChanged)
    Q_PROPERTY(int scrollbackLines READ scrollbackLines WRITE setScrollbackLines NOTIFY scrollbackLinesChanged)
    Q_PROPERTY(bool copyOnSelect MEMBER m_copyOnSelect NOTIFY copyOnSelectChanged)
    Q_PROPERTY(int rows READ rows NOTIFY gridChanged)
    Q_PROPERTY(int columns READ columns NOTIFY gridChanged)
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    // For screen readers, through Qt Quick's accessible text of an item whose role is
    // EditableText: the visible rows, and where the cursor is in them. Changes are announced as
    // text inserted and removed (see announceChanges()).
    Q_PROPERTY(QString text READ visibleText NOTIFY accessibleTextChanged)
    Q_PROPERTY(int cursorPosition READ accessibleCursorPosition NOTIFY accessibleTextChanged)
    // Lines of history above the screen, and how far up the view is scrolled (0: at the bottom).
    Q_PROPERTY(int historySize READ historySize NOTIFY historyChanged)
    Q_PROPERTY(int scrollOffset READ scrollOffset WRITE setScrollOffset NOTIFY historyChanged)
    Q_PROPERTY(bool hasSelection READ hasSelection NOTIFY selectionChanged)
    Q_PROPERTY(QString selectedText READ selectedText NOTIFY selectionChanged)
    // The search: every occurrence of searchText in the history, case-insensitive, is highlighted;
    // currentMatch counts from 1 (0 when there is none), oldest first.
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(int matchCount READ matchCount NOTIFY matchesChanged)
    Q_PROPERTY(int currentMatch READ currentMatch NOTIFY matchesChanged)

public:
    // The bell flashes and is signalled at most once in this time, and the flash lasts BellFlashMs.
    static constexpr int BellIntervalMs = 200;
    static constexpr int BellFlashMs = 100;
    // The smallest and largest font a zoom reaches, in pixels.
    static constexpr qreal MinimumPixelSize = 6;
    static constexpr qreal MaximumPixelSize = 72;

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
    [[nodiscard]] QColor otherMatchColor() const;
    void setOtherMatchColor(const QColor &color);
    void resetOtherMatchColor();
    [[nodiscard]] QColor bellColor() const
    {
        return m_bellColor.isValid() ? m_bellColor : m_foreground;
    }
    void setBellColor(const QColor &color);
    void resetBellColor();
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
    [[nodiscard]] QString searchText() const
    {
        return m_searchText;
    }
    // Finds every match and makes current the first one from the top of the view down (else the
    // last one above it); an empty text ends the search and its highlights.
    void setSearchText(const QString &text);
    [[nodiscard]] int matchCount() const
    {
        return int(m_matches.size());
    }
    [[nodiscard]] int currentMatch() const
    {
        return m_currentMatch + 1;
    }
    // The matches, as history positions (for tests and what reads the screen).
    [[nodiscard]] std::vector<Match> matches() const;
    [[nodiscard]] bool isFlicking() const
    {
        return m_flick.isActive();
    }
    // Whether the visible bell is showing.
    [[nodiscard]] bool isBellFlashing() const
    {
        return m_bellFlash.isActive();
    }

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
    // Searches for `text` (see searchText), or, when that is the search already, moves to the next
    // match (the previous one when `backwards`); false when there is none.
    Q_INVOKABLE bool find(const QString &text, bool backwards = false);
    // The next (newer) and previous (older) match, round from the other end; scrolls to it.
    Q_INVOKABLE bool findNext();
    Q_INVOKABLE bool findPrevious();
    Q_INVOKABLE void clearSearch();
    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    Q_INVOKABLE void resetZoom();
    // Draws the font at `pixelSize` (within the bounds) for the moment, as Ctrl+Plus/Minus do: for a
    // pinch, which would otherwise break fontPixelSize's binding to the settings.
    Q_INVOKABLE void zoomTo(qreal pixelSize);
    Q_INVOKABLE void scrollToBottom();
    // The text of the visible rows (as a person reads the screen), for tests and accessibility.
    Q_INVOKABLE QString visibleText() const;
    // Where the cursor is in visibleText(); its end while the cursor is out of sight.
    [[nodiscard]] int accessibleCursorPosition() const;
    // How the visible text went from `before` to `after`, as a screen reader is told: the rows
    // that scrolled away at the top, then one span at `position` removed and inserted.
    struct TextChange {
        QString scrolledAway;
        int position = 0;
        QString removed;
        QString inserted;
    };
    [[nodiscard]] static TextChange textChange(const QString &before, const QString &after);

Q_SIGNALS:
    void sessionChanged();
    void fontChanged();
    void colorsChanged();
    void scrollbackLinesChanged();
    void copyOnSelectChanged();
    void gridChanged();
    void titleChanged();
    void accessibleTextChanged();
    void historyChanged();
    void selectionChanged();
    void searchTextChanged();
    void matchesChanged();
    void flickingChanged();
    // The program rang the bell (BEL): at most once in BellIntervalMs, however often it rings.
    void bell();
    // The user typed while the program's output flooded: the view went back to the bottom.
    void inputSent();

protected:
    void updatePolish() override;
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
    // The font at `size` pixels, within the bounds; what every zoom and the property come to.
    void applyPixelSize(qreal size);
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
    void ringBell();
    // Scrolls the history by `pixels` of a finger's travel (down: older lines), a line at a time;
    // a full-screen program gets arrow keys instead. False at either end of the history.
    bool scrollByTouch(qreal pixels);
    // The flick after the finger left at `velocity` (pixels a second, down positive), and its end.
    void startFlick(qreal velocity);
    void stopFlick();

    // A place in the history that stays put as lines leave the scrollback: the history line plus
    // the number of lines dropped before it.
    struct LastingPosition {
        qint64 line = 0;
        int column = 0;
        [[nodiscard]] auto operator<=>(const LastingPosition &) const = default;
    };
    struct LastingMatch {
        LastingPosition start;
        LastingPosition end;
        [[nodiscard]] bool operator==(const LastingMatch &) const = default;
    };
    [[nodiscard]] qint64 lastingLine(int historyLine) const
    {
        return qint64(m_screen.scrollback().dropped()) + historyLine;
    }
    // Searches again where output may have changed the text: the screen and the lines that left
    // it since the last search; what stayed in the scrollback keeps its matches.
    void refreshMatches();
    // Makes current the first match at or after `at`, else the last one; -1 when there is none.
    void setCurrentMatchAt(LastingPosition at);
    void scrollToCurrentMatch();
    // The matches that cover cells of the history line `lastingLine`.
    [[nodiscard]] std::vector<LastingMatch> matchesOnLine(qint64 lastingLine) const;

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
    QColor m_otherMatchColor; // invalid: derived from m_matchColor
    QColor m_bellColor; // invalid: the foreground
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
    // The finger's last moves (when, in ms, and where it was), to tell how fast it left.
    std::vector<std::pair<quint64, qreal>> m_touchTrail;
    QTimer m_flick;
    QElapsedTimer m_flickClock;
    qreal m_flickVelocity = 0;
    int m_mouseButtonsDown = 0; // buttons reported to the program as pressed

    QString m_searchText;
    std::vector<LastingMatch> m_matches; // in order, not overlapping
    int m_currentMatch = -1;
    // Lines from here on (lasting numbers) may have changed since they were searched: the screen
    // at the last search. Output marks the matches stale; they are found again once a frame.
    qint64 m_searchedUpTo = 0;
    bool m_matchesStale = false;

    bool m_bellRang = false; // during a write
    QElapsedTimer m_lastBell;
    QTimer m_bellFlash;

    bool m_cursorBlinkOn = true;
    QTimer m_cursorBlink;

    // Screen readers hear what changed on the screen, at most every AccessibleUpdateMs: the
    // rows that scrolled away, then the text that changed, and the cursor's moves.
    void scheduleAnnouncement();
    void announceChanges();
    QTimer m_announce;
    QString m_announcedText;
    int m_announcedCursor = 0;

    // What the scene graph shows: the rows drawn so far, and which must be drawn again.
    QImage m_image;
    bool m_allDirty = true;
    std::vector<int> m_dirtyRows;
    int m_cursorRowDrawn = -1;
};

} // namespace Teleterm::Terminal
