#include "terminalview.h"

#include <QAccessible>
#include <QClipboard>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QQuickWindow>
#include <QSGRectangleNode>
#include <QSGSimpleTextureNode>
#include <QStyleHints>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace Teleterm::Terminal
{

namespace
{

constexpr int WheelLines = 3; // history lines per notch of a mouse wheel
constexpr int CursorBlinkMs = 530;
constexpr int AccessibleUpdateMs = 100;

// Whether an accessibility client (a screen reader) listens: as the platform's bridge was when
// the first view was made, then as it says when one comes or goes (QAccessible::setActive). Kept
// here, so that output, which asks at every write, does not ask the platform.
class AccessibilityClients final : public QAccessible::ActivationObserver
{
public:
    AccessibilityClients()
        : m_active(QAccessible::isActive())
    {
        QAccessible::installActivationObserver(this);
    }
    ~AccessibilityClients() override
    {
        QAccessible::removeActivationObserver(this);
    }
    void accessibilityActiveChanged(bool active) override
    {
        m_active = active;
    }
    [[nodiscard]] bool listening() const
    {
        return m_active;
    }

private:
    bool m_active;
};

bool screenReaderListens()
{
    static AccessibilityClients clients;
    return clients.listening();
}
// A flick of the history, as Qt Quick's Flickable moves a list by default: a finger that leaves
// faster than the least speed (pixels a second) sets the history gliding at its speed (up to the
// greatest), slowing down by the deceleration (pixels a second, every second) until it stops.
constexpr qreal FlickMinimumVelocity = 100;
constexpr qreal FlickMaximumVelocity = 2500;
constexpr qreal FlickDeceleration = 1500;
// How far back the finger's moves tell its speed as it leaves, and a frame of the glide.
constexpr quint64 FlickSampleMs = 100;
constexpr int FlickFrameMs = 16;

// A scene graph node that owns the texture it shows and lets it go when replaced, with the
// visible bell's flash over it while that shows.
class ImageNode : public QSGSimpleTextureNode
{
public:
    void replaceTexture(QSGTexture *texture)
    {
        setTexture(texture);
        m_owned.reset(texture);
    }
    // Shows the flash over the whole item when `on`, else takes it away.
    void setFlash(QQuickWindow *window, const QRectF &rect, const QColor &color, bool on)
    {
        if (!on) {
            if (m_flash) {
                removeChildNode(m_flash);
                delete m_flash;
                m_flash = nullptr;
            }
            return;
        }
        if (!m_flash) {
            m_flash = window->createRectangleNode(); // drawn by every scene graph backend, the software one too
            appendChildNode(m_flash);
        }
        m_flash->setRect(rect);
        m_flash->setColor(color);
    }

private:
    std::unique_ptr<QSGTexture> m_owned;
    QSGRectangleNode *m_flash = nullptr;
};

VTermModifier modifiersOf(Qt::KeyboardModifiers modifiers)
{
    int out = VTERM_MOD_NONE;
    if (modifiers & Qt::ShiftModifier) {
        out |= VTERM_MOD_SHIFT;
    }
    if (modifiers & Qt::AltModifier) {
        out |= VTERM_MOD_ALT;
    }
    if (modifiers & Qt::ControlModifier) {
        out |= VTERM_MOD_CTRL;
    }
    return VTermModifier(out);
}

// libvterm's name for a key that is not text, VTERM_KEY_NONE for the others.
VTermKey keyOf(int key)
{
    switch (key) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return VTERM_KEY_KP_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        if (key >= Qt::Key_F1 && key <= Qt::Key_F35) {
            return VTermKey(VTERM_KEY_FUNCTION(key - Qt::Key_F1 + 1));
        }
        return VTERM_KEY_NONE;
    }
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || QStringView(u"_-./~:@%+").contains(c);
}

} // namespace

TerminalView::TerminalView(QQuickItem *parent)
    : QQuickItem(parent)
{
    setFlag(ItemHasContents);
    setFlag(ItemAcceptsInputMethod);
    setFlag(ItemIsFocusScope, false);
    setActiveFocusOnTab(true);
    setAcceptedMouseButtons(Qt::LeftButton | Qt::MiddleButton | Qt::RightButton);
    setAcceptTouchEvents(true);

    m_font.setFamily(QStringLiteral("monospace"));
    m_font.setStyleHint(QFont::Monospace);
    m_font.setFixedPitch(true);
    m_font.setKerning(false);
    m_font.setPixelSize(int(m_defaultPixelSize));

    m_screen.setOutputHandler([this](QByteArrayView bytes) {
        sendInput(bytes.toByteArray());
    });
    m_screen.setTitleHandler([this](const QString &) {
        Q_EMIT titleChanged();
    });
    m_screen.setBellHandler([this] {
        m_bellRang = true; // one flash for a write that rings many times
    });
    m_bellFlash.setSingleShot(true);
    m_bellFlash.setInterval(BellFlashMs);
    connect(&m_bellFlash, &QTimer::timeout, this, [this] {
        update();
    });

    m_flick.setInterval(FlickFrameMs);
    m_flick.setTimerType(Qt::PreciseTimer);
    connect(&m_flick, &QTimer::timeout, this, [this] {
        const qreal seconds = qreal(m_flickClock.restart()) / 1000;
        const qreal slowed = std::max(0.0, std::abs(m_flickVelocity) - FlickDeceleration * seconds);
        const qreal travel = (std::abs(m_flickVelocity) + slowed) / 2 * seconds;
        const qreal direction = m_flickVelocity > 0 ? 1 : -1;
        m_flickVelocity = direction * slowed;
        if (!scrollByTouch(direction * travel) || slowed == 0) {
            stopFlick();
        }
    });

    m_cursorBlink.setInterval(CursorBlinkMs);
    connect(&m_cursorBlink, &QTimer::timeout, this, [this] {
        m_cursorBlinkOn = !m_cursorBlinkOn;
        if (m_screen.cursor().blinking) {
            update();
        }
    });
    (void)screenReaderListens(); // listens for clients from now on
    m_announce.setSingleShot(true);
    m_announce.setInterval(AccessibleUpdateMs);
    connect(&m_announce, &QTimer::timeout, this, &TerminalView::announceChanges);
    updateMetrics();
}

TerminalView::~TerminalView() = default;

void TerminalView::setSession(Session *session)
{
    if (session == m_session) {
        return;
    }
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
    }
    m_session = session;
    if (session) {
        connect(session, &Session::output, this, [this, session](const QByteArray &bytes) {
            if (!isLaidOut()) {
                // Not on the screen yet (a tab made in the background): the output waits, and the
                // session with it, until the grid has its real size.
                m_waitingOutput += bytes;
                return;
            }
            feed(bytes);
            session->outputTaken();
        });
        session->resize(rows(), columns());
    }
    Q_EMIT sessionChanged();
}

void TerminalView::setFontFamily(const QString &family)
{
    if (family.isEmpty() || family == m_font.family()) {
        return;
    }
    m_font.setFamily(family);
    updateMetrics();
    Q_EMIT fontChanged();
}

void TerminalView::setFontPixelSize(qreal size)
{
    m_defaultPixelSize = std::clamp(size, MinimumPixelSize, MaximumPixelSize);
    applyPixelSize(size);
}

void TerminalView::applyPixelSize(qreal size)
{
    const int bounded = int(std::lround(std::clamp(size, MinimumPixelSize, MaximumPixelSize)));
    if (bounded == m_font.pixelSize()) {
        return;
    }
    m_font.setPixelSize(bounded);
    updateMetrics();
    Q_EMIT fontChanged();
}

void TerminalView::setForeground(const QColor &color)
{
    if (color != m_foreground) {
        m_foreground = color;
        markAllDirty();
        Q_EMIT colorsChanged();
    }
}

void TerminalView::setBackground(const QColor &color)
{
    if (color != m_background) {
        m_background = color;
        markAllDirty();
        Q_EMIT colorsChanged();
    }
}

void TerminalView::setSelectionColor(const QColor &color)
{
    if (color != m_selectionColor) {
        m_selectionColor = color;
        markAllDirty();
        Q_EMIT colorsChanged();
    }
}

void TerminalView::setCursorColor(const QColor &color)
{
    if (color != m_cursorColor) {
        m_cursorColor = color;
        markAllDirty();
        Q_EMIT colorsChanged();
    }
}

void TerminalView::setMatchColor(const QColor &color)
{
    if (color != m_matchColor) {
        m_matchColor = color;
        markAllDirty();
        Q_EMIT colorsChanged();
    }
}

QColor TerminalView::otherMatchColor() const
{
    if (m_otherMatchColor.isValid()) {
        return m_otherMatchColor;
    }
    const auto mix = [](float a, float b) {
        return (a + b) / 2;
    };
    return QColor::fromRgbF(mix(m_matchColor.redF(), m_background.redF()),
                            mix(m_matchColor.greenF(), m_background.greenF()),
                            mix(m_matchColor.blueF(), m_background.blueF()));
}

void TerminalView::setOtherMatchColor(const QColor &color)
{
    if (color != m_otherMatchColor) {
        m_otherMatchColor = color;
        markAllDirty();
        Q_EMIT colorsChanged();
    }
}

void TerminalView::resetOtherMatchColor()
{
    setOtherMatchColor({});
}

void TerminalView::setBellColor(const QColor &color)
{
    if (color != m_bellColor) {
        m_bellColor = color;
        update();
        Q_EMIT colorsChanged();
    }
}

void TerminalView::resetBellColor()
{
    setBellColor({});
}

void TerminalView::setAnsiColors(const QList<QColor> &colors)
{
    if (colors == m_ansiColors) {
        return;
    }
    m_ansiColors = colors;
    if (colors.size() >= 16) {
        std::array<Palette::Rgb, 16> ansi{};
        for (size_t i = 0; i < ansi.size(); ++i) {
            ansi[i] = colors.at(qsizetype(i)).rgb();
        }
        m_palette.setAnsi(ansi);
    } else {
        m_palette = Palette();
    }
    markAllDirty();
    Q_EMIT colorsChanged();
}

void TerminalView::setScrollbackLines(int lines)
{
    lines = std::max(lines, 0);
    if (lines != scrollbackLines()) {
        m_screen.setScrollbackLines(lines);
        m_scrollOffset = std::min(m_scrollOffset, historySize());
        if (!m_searchText.isEmpty()) {
            m_matchesStale = true;
            polish();
        }
        markAllDirty();
        Q_EMIT scrollbackLinesChanged();
        Q_EMIT historyChanged();
    }
}

void TerminalView::setScrollOffset(int offset)
{
    offset = std::clamp(offset, 0, historySize());
    if (offset != m_scrollOffset) {
        m_scrollOffset = offset;
        markAllDirty();
        Q_EMIT historyChanged();
    }
}

QString TerminalView::selectedText() const
{
    return hasSelection() ? m_screen.text(m_selectionStart, m_selectionEnd) : QString();
}

void TerminalView::feed(const QByteArray &bytes)
{
    const int historyBefore = historySize();
    m_bellRang = false;
    m_screen.write(bytes);
    if (m_bellRang) {
        ringBell();
    }
    if (!m_searchText.isEmpty()) {
        // Searched again before the next frame, once however much output comes until then.
        m_matchesStale = true;
        polish();
    }
    const int grown = historySize() - historyBefore;
    if (m_scrollOffset > 0 && grown > 0) {
        // Someone reading the history keeps their place while output goes on below.
        m_scrollOffset = std::min(m_scrollOffset + grown, historySize());
        markAllDirty();
    }
    if (grown != 0) {
        Q_EMIT historyChanged();
    }
    scheduleAnnouncement();
    update();
}

void TerminalView::sendInput(const QByteArray &bytes)
{
    if (m_session && !bytes.isEmpty()) {
        m_session->write(bytes);
    }
}

void TerminalView::copy()
{
    if (hasSelection()) {
        QGuiApplication::clipboard()->setText(selectedText());
    }
}

void TerminalView::paste()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (!text.isEmpty()) {
        scrollToBottom();
        m_screen.paste(text);
    }
}

void TerminalView::selectAll()
{
    setSelection({0, 0}, {m_screen.historyLineCount(), 0});
}

void TerminalView::clearSelection()
{
    setSelection({}, {});
}

void TerminalView::ringBell()
{
    if (m_lastBell.isValid() && m_lastBell.elapsed() < BellIntervalMs) {
        return;
    }
    m_lastBell.start();
    m_bellFlash.start();
    update();
    Q_EMIT bell();
}

void TerminalView::setSearchText(const QString &text)
{
    if (text == m_searchText) {
        return;
    }
    m_searchText = text;
    m_matches.clear();
    m_currentMatch = -1;
    m_matchesStale = false;
    if (!text.isEmpty()) {
        for (const Match &match : m_screen.findAll(text, 0, m_screen.historyLineCount(), Qt::CaseInsensitive)) {
            m_matches.push_back({{lastingLine(match.start.line), match.start.column}, {lastingLine(match.end.line), match.end.column}});
        }
        m_searchedUpTo = lastingLine(historySize());
        setCurrentMatchAt({lastingLine(lineAtRow(0)), 0});
        scrollToCurrentMatch();
    }
    markAllDirty();
    Q_EMIT searchTextChanged();
    Q_EMIT matchesChanged();
}

void TerminalView::refreshMatches()
{
    m_matchesStale = false;
    if (m_searchText.isEmpty()) {
        return;
    }
    const qint64 dropped = lastingLine(0);
    const std::optional<LastingPosition> current = m_currentMatch >= 0 ? std::optional(m_matches[size_t(m_currentMatch)].start) : std::nullopt;
    const int countBefore = matchCount();

    // Lines that left the scrollback take their matches along.
    const auto kept = std::find_if(m_matches.begin(), m_matches.end(), [&](const LastingMatch &match) {
        return match.start.line >= dropped;
    });
    const bool lostOld = kept != m_matches.begin();
    m_matches.erase(m_matches.begin(), kept);

    // From the screen as it was when last searched (or the screen now, should lines have come back
    // from the scrollback), to the end. Lines below that are scrollback lines that did not change.
    const qint64 firstScreenLine = lastingLine(historySize());
    const int from = m_screen.lineStart(int(std::clamp(std::min(m_searchedUpTo, firstScreenLine), dropped, firstScreenLine) - dropped));
    const auto changed =
        std::lower_bound(m_matches.begin(), m_matches.end(), LastingPosition{lastingLine(from), 0}, [](const LastingMatch &match, LastingPosition at) {
            return match.start < at;
        });
    std::vector<LastingMatch> found;
    for (const Match &match : m_screen.findAll(m_searchText, from, m_screen.historyLineCount(), Qt::CaseInsensitive)) {
        found.push_back({{lastingLine(match.start.line), match.start.column}, {lastingLine(match.end.line), match.end.column}});
    }
    const bool same = std::equal(changed, m_matches.end(), found.begin(), found.end());
    if (!same) {
        m_matches.erase(changed, m_matches.end());
        m_matches.insert(m_matches.end(), found.begin(), found.end());
        markAllDirty();
    }
    m_searchedUpTo = firstScreenLine;

    const int currentBefore = m_currentMatch;
    if (current) {
        setCurrentMatchAt(*current);
    } else {
        setCurrentMatchAt({lastingLine(lineAtRow(0)), 0});
    }
    if (lostOld || !same || matchCount() != countBefore || m_currentMatch != currentBefore) {
        Q_EMIT matchesChanged();
    }
}

void TerminalView::setCurrentMatchAt(LastingPosition at)
{
    const auto found = std::lower_bound(m_matches.begin(), m_matches.end(), at, [](const LastingMatch &match, LastingPosition position) {
        return match.start < position;
    });
    m_currentMatch = found != m_matches.end() ? int(found - m_matches.begin()) : matchCount() - 1;
}

void TerminalView::scrollToCurrentMatch()
{
    if (m_currentMatch < 0) {
        return;
    }
    const LastingMatch &match = m_matches[size_t(m_currentMatch)];
    const int line = int(match.start.line - lastingLine(0));
    if (line >= lineAtRow(0) && line <= lineAtRow(rows() - 1)) {
        return; // in view already
    }
    const int top = std::clamp(line - rows() / 2, 0, historySize());
    setScrollOffset(historySize() - top);
}

bool TerminalView::find(const QString &text, bool backwards)
{
    if (text != m_searchText) {
        setSearchText(text);
        return matchCount() > 0;
    }
    return backwards ? findPrevious() : findNext();
}

bool TerminalView::findNext()
{
    if (m_matchesStale) {
        refreshMatches();
    }
    if (m_matches.empty()) {
        return false;
    }
    m_currentMatch = (m_currentMatch + 1) % matchCount();
    scrollToCurrentMatch();
    markAllDirty();
    Q_EMIT matchesChanged();
    return true;
}

bool TerminalView::findPrevious()
{
    if (m_matchesStale) {
        refreshMatches();
    }
    if (m_matches.empty()) {
        return false;
    }
    m_currentMatch = (m_currentMatch + matchCount() - 1) % matchCount();
    scrollToCurrentMatch();
    markAllDirty();
    Q_EMIT matchesChanged();
    return true;
}

void TerminalView::clearSearch()
{
    setSearchText({});
}

std::vector<Match> TerminalView::matches() const
{
    std::vector<Match> out;
    const qint64 dropped = lastingLine(0);
    for (const LastingMatch &match : m_matches) {
        if (match.start.line >= dropped) {
            out.push_back({{int(match.start.line - dropped), match.start.column}, {int(match.end.line - dropped), match.end.column}});
        }
    }
    return out;
}

std::vector<TerminalView::LastingMatch> TerminalView::matchesOnLine(qint64 line) const
{
    std::vector<LastingMatch> out;
    // Matches do not overlap: their ends are in order too.
    auto it = std::upper_bound(m_matches.begin(), m_matches.end(), LastingPosition{line, 0}, [](LastingPosition at, const LastingMatch &match) {
        return at < match.end;
    });
    for (; it != m_matches.end() && it->start < LastingPosition{line + 1, 0}; ++it) {
        out.push_back(*it);
    }
    return out;
}

void TerminalView::zoomIn()
{
    applyPixelSize(m_font.pixelSize() + 1);
}

void TerminalView::zoomOut()
{
    applyPixelSize(m_font.pixelSize() - 1);
}

void TerminalView::resetZoom()
{
    applyPixelSize(m_defaultPixelSize);
}

void TerminalView::zoomTo(qreal pixelSize)
{
    applyPixelSize(pixelSize);
}

void TerminalView::scrollToBottom()
{
    stopFlick();
    setScrollOffset(0);
}

QString TerminalView::visibleText() const
{
    QStringList lines;
    for (int row = 0; row < rows(); ++row) {
        const int line = lineAtRow(row);
        lines << m_screen.text({line, 0}, {line, columns()});
    }
    return lines.join(u'\n');
}

void TerminalView::markAllDirty()
{
    m_allDirty = true;
    scheduleAnnouncement();
    update();
}

int TerminalView::accessibleCursorPosition() const
{
    const Cursor &cursor = m_screen.cursor();
    const int cursorLine = m_screen.historySize() + cursor.row;
    int offset = 0;
    for (int row = 0; row < rows(); ++row) {
        const int line = lineAtRow(row);
        if (line == cursorLine) {
            return offset + int(m_screen.text({line, 0}, {line, cursor.column}).size());
        }
        offset += int(m_screen.text({line, 0}, {line, columns()}).size()) + 1;
    }
    return std::max(0, offset - 1);
}

void TerminalView::scheduleAnnouncement()
{
    if (screenReaderListens() && !m_announce.isActive()) {
        m_announce.start();
    }
}

TerminalView::TextChange TerminalView::textChange(const QString &before, const QString &after)
{
    TextChange change;
    // Rows that scrolled away at the top leave first: then what output added is all that is
    // inserted, not the whole screen again. The last rows may have changed as well (the prompt's
    // line), so they are not compared.
    const QStringList beforeRows = before.split(u'\n');
    const QStringList afterRows = after.split(u'\n');
    constexpr qsizetype Unsettled = 2;
    for (qsizetype k = 1; k + Unsettled < beforeRows.size(); ++k) {
        const qsizetype compared = std::min(beforeRows.size() - k, afterRows.size()) - Unsettled;
        bool same = compared > 0;
        for (qsizetype i = 0; same && i < compared; ++i) {
            same = beforeRows[k + i] == afterRows[i];
        }
        if (same) {
            change.scrolledAway = QStringList(beforeRows.mid(0, k)).join(u'\n') + u'\n';
            break;
        }
    }
    const QString old = before.mid(change.scrolledAway.size());
    // The one span that differs after that.
    qsizetype prefix = 0;
    while (prefix < old.size() && prefix < after.size() && old[prefix] == after[prefix]) {
        ++prefix;
    }
    qsizetype suffix = 0;
    while (suffix < old.size() - prefix && suffix < after.size() - prefix && old[old.size() - 1 - suffix] == after[after.size() - 1 - suffix]) {
        ++suffix;
    }
    change.position = int(prefix);
    change.removed = old.mid(prefix, old.size() - prefix - suffix);
    change.inserted = after.mid(prefix, after.size() - prefix - suffix);
    return change;
}

void TerminalView::announceChanges()
{
    const QString text = visibleText();
    if (text != m_announcedText) {
        const TextChange change = textChange(m_announcedText, text);
        if (!change.scrolledAway.isEmpty()) {
            QAccessibleTextRemoveEvent removed(this, 0, change.scrolledAway);
            QAccessible::updateAccessibility(&removed);
        }
        if (!change.removed.isEmpty() && !change.inserted.isEmpty()) {
            QAccessibleTextUpdateEvent changed(this, change.position, change.removed, change.inserted);
            QAccessible::updateAccessibility(&changed);
        } else if (!change.inserted.isEmpty()) {
            QAccessibleTextInsertEvent added(this, change.position, change.inserted);
            QAccessible::updateAccessibility(&added);
        } else if (!change.removed.isEmpty()) {
            QAccessibleTextRemoveEvent removed(this, change.position, change.removed);
            QAccessible::updateAccessibility(&removed);
        }
        m_announcedText = text;
        Q_EMIT accessibleTextChanged();
    }
    const int cursor = accessibleCursorPosition();
    if (cursor != m_announcedCursor) {
        m_announcedCursor = cursor;
        QAccessibleTextCursorEvent moved(this, cursor);
        QAccessible::updateAccessibility(&moved);
    }
}

void TerminalView::updateMetrics()
{
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QFontMetricsF metrics(m_font);
    // Whole device pixels per row, so that a scroll moves the image by whole pixel rows.
    m_cellHeight = std::ceil(metrics.height() * ratio) / ratio;
    m_cellWidth = metrics.horizontalAdvance(u'M');
    m_ascent = metrics.ascent();
    updateGrid();
    markAllDirty();
}

bool TerminalView::isLaidOut() const
{
    return width() >= m_cellWidth && height() >= m_cellHeight;
}

void TerminalView::updatePolish()
{
    if (m_matchesStale) {
        refreshMatches();
    }
}

void TerminalView::updateGrid()
{
    if (!isLaidOut()) {
        return; // keep the grid until the item has a size
    }
    const int newRows = std::max(1, int(height() / m_cellHeight));
    const int newColumns = std::max(1, int(width() / m_cellWidth));
    if (newRows == rows() && newColumns == columns()) {
        return;
    }
    m_screen.resize(newRows, newColumns);
    m_scrollOffset = std::min(m_scrollOffset, historySize());
    if (!m_searchText.isEmpty()) {
        m_matchesStale = true;
        polish();
    }
    if (m_session) {
        m_session->resize(newRows, newColumns);
    }
    markAllDirty();
    Q_EMIT gridChanged();
    Q_EMIT historyChanged();
}

void TerminalView::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        updateGrid();
        markAllDirty();
        if (isLaidOut() && !m_waitingOutput.isEmpty()) {
            feed(std::exchange(m_waitingOutput, {}));
            if (m_session) {
                m_session->outputTaken();
            }
        }
    }
}

void TerminalView::itemChange(ItemChange change, const ItemChangeData &value)
{
    QQuickItem::itemChange(change, value);
    if (change == ItemSceneChange || change == ItemDevicePixelRatioHasChanged) {
        updateMetrics(); // the grid follows the screen's pixel ratio
    }
}

Position TerminalView::positionAt(QPointF point) const
{
    const int row = std::clamp(int(point.y() / m_cellHeight), 0, rows() - 1);
    const int column = std::clamp(int(std::lround(point.x() / m_cellWidth - 0.3)), 0, columns());
    return {lineAtRow(row), column};
}

void TerminalView::setSelection(Position start, Position end)
{
    if (end < start) {
        std::swap(start, end);
    }
    if (start == m_selectionStart && end == m_selectionEnd) {
        return;
    }
    m_selectionStart = start;
    m_selectionEnd = end;
    markAllDirty();
    Q_EMIT selectionChanged();
}

void TerminalView::selectWordAt(Position at)
{
    const Line line = m_screen.historyLine(at.line);
    const auto charAt = [&](int column) {
        if (column < 0 || column >= int(line.cells.size())) {
            return QChar(u' ');
        }
        const char32_t codepoint = line.cells[column].codepoint;
        return codepoint > 0 && codepoint < 0x10000 ? QChar(char16_t(codepoint)) : QChar(u' ');
    };
    int from = std::min(at.column, columns() - 1);
    int to = from;
    if (!isWordCharacter(charAt(from))) {
        setSelection({at.line, from}, {at.line, from + 1});
        return;
    }
    while (from > 0 && isWordCharacter(charAt(from - 1))) {
        --from;
    }
    while (to + 1 < columns() && isWordCharacter(charAt(to + 1))) {
        ++to;
    }
    setSelection({at.line, from}, {at.line, to + 1});
}

void TerminalView::selectLineAt(Position at)
{
    // A line wrapped at the margin is one line to the person who reads it.
    int first = at.line;
    while (first > 0 && m_screen.isContinued(first)) {
        --first;
    }
    int last = at.line;
    while (last + 1 < m_screen.historyLineCount() && m_screen.isContinued(last + 1)) {
        ++last;
    }
    setSelection({first, 0}, {last, columns()});
}

bool TerminalView::mouseGoesToProgram(Qt::KeyboardModifiers modifiers) const
{
    return m_screen.mouseMode() != MouseMode::None && !(modifiers & Qt::ShiftModifier) && m_scrollOffset == 0;
}

void TerminalView::reportMouse(QPointF point, int button, bool pressed, Qt::KeyboardModifiers modifiers)
{
    const int row = std::clamp(int(point.y() / m_cellHeight), 0, rows() - 1);
    const int column = std::clamp(int(point.x() / m_cellWidth), 0, columns() - 1);
    m_screen.mouseMove(row, column, modifiersOf(modifiers));
    if (button > 0) {
        m_screen.mouseButton(button, pressed, modifiersOf(modifiers));
    }
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    const int key = event->key();
    const bool ctrlShift = modifiers == (Qt::ControlModifier | Qt::ShiftModifier);
    // The terminal's own shortcuts: Ctrl+Shift, so that plain Ctrl stays the shell's.
    if (ctrlShift && key == Qt::Key_C) {
        copy();
        return;
    }
    if (ctrlShift && key == Qt::Key_V) {
        paste();
        return;
    }
    if (modifiers & Qt::ControlModifier && (key == Qt::Key_Plus || key == Qt::Key_Equal)) {
        zoomIn();
        return;
    }
    if (modifiers & Qt::ControlModifier && key == Qt::Key_Minus) {
        zoomOut();
        return;
    }
    if (modifiers == Qt::ControlModifier && key == Qt::Key_0) {
        resetZoom();
        return;
    }
    if (modifiers == Qt::ShiftModifier && (key == Qt::Key_PageUp || key == Qt::Key_PageDown)) {
        setScrollOffset(m_scrollOffset + (key == Qt::Key_PageUp ? 1 : -1) * std::max(1, rows() - 1));
        return;
    }
    if (modifiers == Qt::ShiftModifier && (key == Qt::Key_Home || key == Qt::Key_End)) {
        setScrollOffset(key == Qt::Key_Home ? historySize() : 0);
        return;
    }

    const VTermModifier mods = modifiersOf(modifiers);
    const VTermKey special = keyOf(key);
    if (special != VTERM_KEY_NONE) {
        scrollToBottom();
        m_screen.keyboardKey(special, key == Qt::Key_Backtab ? VTermModifier(mods | VTERM_MOD_SHIFT) : mods);
        m_cursorBlinkOn = true;
        Q_EMIT inputSent();
        return;
    }
    if (modifiers & Qt::ControlModifier && key >= Qt::Key_At && key <= Qt::Key_Underscore) {
        // Ctrl with a letter or @[\]^_: libvterm makes the control character.
        scrollToBottom();
        const char32_t base = key >= Qt::Key_A && key <= Qt::Key_Z ? char32_t(key - Qt::Key_A + 'a') : char32_t(key);
        m_screen.keyboardChar(base, VTermModifier(mods & ~VTERM_MOD_SHIFT));
        Q_EMIT inputSent();
        return;
    }
    const QString text = event->text();
    if (text.isEmpty() || !text.at(0).isPrint()) {
        event->ignore();
        return;
    }
    scrollToBottom();
    // The text already holds what Shift made; Alt goes with it as ESC.
    const VTermModifier textMods = VTermModifier(mods & VTERM_MOD_ALT);
    for (const char32_t c : text.toUcs4()) {
        m_screen.keyboardChar(c, textMods);
    }
    m_cursorBlinkOn = true;
    Q_EMIT inputSent();
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    const QString text = event->commitString();
    if (!text.isEmpty()) {
        scrollToBottom();
        for (const char32_t c : text.toUcs4()) {
            m_screen.keyboardChar(c);
        }
        Q_EMIT inputSent();
    }
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    switch (query) {
    case Qt::ImCursorRectangle: {
        const Cursor &cursor = m_screen.cursor();
        return QRectF(cursor.column * m_cellWidth, (cursor.row + m_scrollOffset) * m_cellHeight, m_cellWidth, m_cellHeight);
    }
    case Qt::ImHints:
        return int(Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase | Qt::ImhPreferLatin);
    case Qt::ImEnabled:
        return true;
    default:
        return QQuickItem::inputMethodQuery(query);
    }
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    stopFlick();
    forceActiveFocus(Qt::MouseFocusReason);
    const QPointF point = event->position();
    if (mouseGoesToProgram(event->modifiers())) {
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        reportMouse(point, button, true, event->modifiers());
        m_mouseButtonsDown |= 1 << button;
        return;
    }
    if (event->button() == Qt::MiddleButton) {
        // X11's primary selection, as every terminal there pastes it.
        const QString text = QGuiApplication::clipboard()->text(QClipboard::Selection);
        if (!text.isEmpty()) {
            scrollToBottom();
            m_screen.paste(text);
        }
        return;
    }
    if (event->button() != Qt::LeftButton) {
        event->ignore(); // right click: the view around it shows its menu
        return;
    }
    const int doubleClick = QGuiApplication::styleHints()->mouseDoubleClickInterval();
    const bool again = m_lastClick.isValid() && m_lastClick.elapsed() < doubleClick && (point - m_lastClickPoint).manhattanLength() < 6;
    m_clickCount = again ? std::min(m_clickCount + 1, 3) : 1;
    m_lastClick.start();
    m_lastClickPoint = point;
    const Position at = positionAt(point);
    if (m_clickCount == 2) {
        selectWordAt(at);
    } else if (m_clickCount == 3) {
        selectLineAt(at);
    } else {
        m_selectionAnchor = at;
        clearSelection();
    }
    m_selecting = m_clickCount == 1;
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event); // counted there, with triple clicks
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_mouseButtonsDown != 0) {
        if (m_screen.mouseMode() == MouseMode::Drag || m_screen.mouseMode() == MouseMode::Move) {
            reportMouse(event->position(), 0, false, event->modifiers());
        }
        return;
    }
    if (!m_selecting) {
        return;
    }
    // Dragging past the top or bottom edge scrolls the history along.
    if (event->position().y() < 0) {
        setScrollOffset(m_scrollOffset + 1);
    } else if (event->position().y() > height()) {
        setScrollOffset(m_scrollOffset - 1);
    }
    setSelection(m_selectionAnchor, positionAt(event->position()));
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_mouseButtonsDown != 0) {
        const int button = event->button() == Qt::LeftButton ? 1 : event->button() == Qt::MiddleButton ? 2 : 3;
        reportMouse(event->position(), button, false, event->modifiers());
        m_mouseButtonsDown &= ~(1 << button);
        return;
    }
    m_selecting = false;
    if (hasSelection()) {
        QGuiApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
        if (m_copyOnSelect) {
            copy();
        }
    }
}

void TerminalView::wheelEvent(QWheelEvent *event)
{
    stopFlick();
    const int notches = event->angleDelta().y() / 120;
    if (notches == 0) {
        event->ignore();
        return;
    }
    if (mouseGoesToProgram(event->modifiers())) {
        for (int i = 0; i < std::abs(notches); ++i) {
            reportMouse(event->position(), notches > 0 ? 4 : 5, true, event->modifiers());
        }
        return;
    }
    if (m_screen.isAlternateScreen()) {
        // A full-screen program without the mouse (less, man): the wheel moves it line by line.
        for (int i = 0; i < std::abs(notches) * WheelLines; ++i) {
            m_screen.keyboardKey(notches > 0 ? VTERM_KEY_UP : VTERM_KEY_DOWN);
        }
        return;
    }
    setScrollOffset(m_scrollOffset + notches * WheelLines);
}

void TerminalView::touchEvent(QTouchEvent *event)
{
    if (event->points().size() != 1) {
        event->ignore(); // two fingers: a pinch, for the view around
        return;
    }
    const QEventPoint &point = event->points().constFirst();
    switch (point.state()) {
    case QEventPoint::Pressed:
        stopFlick(); // a finger on a gliding history holds it, as on a list
        m_touchLast = point.position();
        m_touchDragged = false;
        m_touchScrollRemainder = 0;
        m_touchTrail = {{point.timestamp(), point.position().y()}};
        break;
    case QEventPoint::Updated: {
        m_touchTrail.emplace_back(point.timestamp(), point.position().y());
        const qreal dy = point.position().y() - m_touchLast.y();
        if (!m_touchDragged && std::abs(point.position().y() - point.pressPosition().y()) < QGuiApplication::styleHints()->startDragDistance()) {
            break;
        }
        m_touchDragged = true;
        m_touchLast = point.position();
        scrollByTouch(dy);
        break;
    }
    case QEventPoint::Released:
        if (m_touchDragged) {
            // How fast the finger went over its last moves: a finger that stopped before it left
            // lets the history stop too.
            m_touchTrail.emplace_back(point.timestamp(), point.position().y());
            const auto &[lastTime, lastY] = m_touchTrail.back();
            // Captured by copy under its own name: clang 14 (scripts/fuzz) cannot capture a structured binding.
            auto first = std::find_if(m_touchTrail.begin(), m_touchTrail.end(), [lastTime = lastTime](const auto &sample) {
                return lastTime - sample.first <= FlickSampleMs;
            });
            if (first != m_touchTrail.end() && lastTime > first->first) {
                startFlick((lastY - first->second) * 1000 / qreal(lastTime - first->first));
            }
        } else if (!m_touchTrail.empty()
                   && point.timestamp() - m_touchTrail.front().first < quint64(QGuiApplication::styleHints()->mousePressAndHoldInterval())) {
            // A tap: type here, with the on-screen keyboard if the platform has one. (A long press
            // is the menu's.)
            forceActiveFocus(Qt::MouseFocusReason);
            QGuiApplication::inputMethod()->show();
        }
        m_touchTrail.clear();
        break;
    default:
        break;
    }
    event->accept();
}

bool TerminalView::scrollByTouch(qreal pixels)
{
    // Dragging down shows older lines, as a finger moves paper.
    m_touchScrollRemainder += pixels / m_cellHeight;
    const int lines = int(m_touchScrollRemainder);
    if (lines == 0) {
        return true;
    }
    m_touchScrollRemainder -= lines;
    if (m_screen.isAlternateScreen()) {
        for (int i = 0; i < std::abs(lines); ++i) {
            m_screen.keyboardKey(lines > 0 ? VTERM_KEY_UP : VTERM_KEY_DOWN);
        }
        return true;
    }
    const int before = m_scrollOffset;
    setScrollOffset(m_scrollOffset + lines);
    return m_scrollOffset != before;
}

void TerminalView::startFlick(qreal velocity)
{
    // A full-screen program (less, vim) would get a burst of arrow keys it did not ask for: only
    // the history glides.
    if (std::abs(velocity) < FlickMinimumVelocity || m_screen.isAlternateScreen()) {
        return;
    }
    m_flickVelocity = std::clamp(velocity, -FlickMaximumVelocity, FlickMaximumVelocity);
    m_flickClock.start();
    m_flick.start();
    Q_EMIT flickingChanged();
}

void TerminalView::stopFlick()
{
    if (m_flick.isActive()) {
        m_flick.stop();
        m_flickVelocity = 0;
        Q_EMIT flickingChanged();
    }
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QQuickItem::focusInEvent(event);
    m_cursorBlinkOn = true;
    m_cursorBlink.start();
    m_screen.setFocused(true);
    update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QQuickItem::focusOutEvent(event);
    m_cursorBlink.stop();
    m_cursorBlinkOn = true;
    m_screen.setFocused(false);
    update();
}

void TerminalView::scrollImage(QImage &image, int lines)
{
    const int pixelRows = int(std::lround(m_cellHeight * image.devicePixelRatio()));
    const int moved = std::abs(lines) * pixelRows;
    const int span = rows() * pixelRows;
    if (moved >= span || span > image.height()) {
        m_allDirty = true;
        return;
    }
    const qsizetype stride = image.bytesPerLine();
    uchar *bits = image.bits();
    if (lines > 0) {
        std::memmove(bits, bits + moved * stride, size_t((span - moved) * stride));
    } else {
        std::memmove(bits + moved * stride, bits, size_t((span - moved) * stride));
    }
}

QSGNode *TerminalView::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<ImageNode *>(old);
    if (width() <= 0 || height() <= 0 || !window()) {
        delete node;
        return nullptr;
    }
    const qreal ratio = window()->effectiveDevicePixelRatio();
    const QSize pixels = (size() * ratio).toSize();
    if (m_image.size() != pixels) {
        m_image = QImage(pixels, QImage::Format_RGB32);
        m_image.setDevicePixelRatio(ratio);
        m_allDirty = true;
    }

    Damage damage = m_screen.takeDamage();
    if (m_scrollOffset > 0 && (damage.scrolled != 0 || !damage.rows.empty())) {
        m_allDirty = true; // the view is up in the history: redraw what it shows
    }
    if (damage.all) {
        m_allDirty = true;
    }
    if (!m_allDirty) {
        if (damage.scrolled != 0) {
            scrollImage(m_image, damage.scrolled);
            m_cursorRowDrawn -= damage.scrolled;
        }
        m_dirtyRows.insert(m_dirtyRows.end(), damage.rows.begin(), damage.rows.end());
        // The cursor moves and blinks: its old and new rows are drawn again.
        m_dirtyRows.push_back(m_cursorRowDrawn);
        m_dirtyRows.push_back(m_screen.cursor().row);
    }

    if (m_allDirty) {
        paintRows(m_image, 0, rows() - 1);
    } else {
        std::sort(m_dirtyRows.begin(), m_dirtyRows.end());
        m_dirtyRows.erase(std::unique(m_dirtyRows.begin(), m_dirtyRows.end()), m_dirtyRows.end());
        for (const int row : m_dirtyRows) {
            if (row >= 0 && row < rows()) {
                paintRows(m_image, row, row);
            }
        }
    }
    m_allDirty = false;
    m_dirtyRows.clear();
    m_cursorRowDrawn = m_screen.cursor().row;

    if (!node) {
        node = new ImageNode;
        node->setFiltering(QSGTexture::Nearest);
    }
    node->replaceTexture(window()->createTextureFromImage(m_image));
    node->setRect(boundingRect());
    QColor flash = bellColor();
    flash.setAlphaF(flash.alphaF() / 4);
    node->setFlash(window(), boundingRect(), flash, m_bellFlash.isActive());
    return node;
}

void TerminalView::paintRows(QImage &image, int firstRow, int lastRow)
{
    QPainter painter(&image);
    if (firstRow == 0 && lastRow == rows() - 1) {
        painter.fillRect(QRectF(0, 0, width(), height()), m_background); // the margins too
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        const int line = lineAtRow(row);
        if (line >= historySize()) {
            paintRow(painter, row, m_screen.line(line - historySize()), line);
        } else {
            paintRow(painter, row, m_screen.historyLine(line), line);
        }
    }
}

void TerminalView::paintRow(QPainter &painter, int row, const Line &line, int historyLine)
{
    const qreal y = row * m_cellHeight;
    painter.fillRect(QRectF(0, y, width(), m_cellHeight), m_background);
    const Palette::Rgb defaultForeground = m_foreground.rgb();
    const Palette::Rgb defaultBackground = m_background.rgb();
    const Cursor &cursor = m_screen.cursor();
    const bool cursorHere = m_scrollOffset == 0 && cursor.visible && historyLine == historySize() + cursor.row;
    const bool selectionHere = hasSelection() && historyLine >= m_selectionStart.line && historyLine <= m_selectionEnd.line;
    // The search's matches on this line: 0 for a cell in none, 1 in a match, 2 in the current one.
    const qint64 lasting = lastingLine(historyLine);
    const std::vector<LastingMatch> matches = m_matches.empty() ? std::vector<LastingMatch>() : matchesOnLine(lasting);
    const LastingMatch *current = m_currentMatch >= 0 ? &m_matches[size_t(m_currentMatch)] : nullptr;
    const auto highlightAt = [&](int column) {
        const LastingPosition here{lasting, column};
        for (const LastingMatch &match : matches) {
            if (!(here < match.start) && here < match.end) {
                return current && match == *current ? 2 : 1;
            }
        }
        return 0;
    };
    const QRgb matchBackground = m_matchColor.rgb();
    const QRgb otherMatchBackground = otherMatchColor().rgb();

    const int cells = std::min(int(line.cells.size()), columns());
    QString run;
    for (int column = 0; column < cells;) {
        const Cell &cell = line.cells[column];
        const int width = cell.wide ? 2 : 1;
        if (cell.continuation) {
            ++column;
            continue;
        }
        QRgb foreground = m_palette.resolve(cell.foreground, defaultForeground);
        QRgb background = m_palette.resolve(cell.background, defaultBackground);
        if (bool(cell.inverse) != m_screen.reverseVideo()) {
            std::swap(foreground, background);
        }
        const Position here{historyLine, column};
        const bool selected = selectionHere && !(here < m_selectionStart) && here < m_selectionEnd;
        const int highlight = matches.empty() ? 0 : highlightAt(column);
        if (highlight != 0) {
            background = highlight == 2 ? matchBackground : otherMatchBackground;
        }
        if (selected) {
            background = m_selectionColor.rgb();
        }
        const bool cursorOn = cursorHere && column == cursor.column && hasActiveFocus() && (m_cursorBlinkOn || !cursor.blinking);
        if (cursorOn && cursor.shape == CursorShape::Block) {
            std::swap(foreground, background);
            background = m_cursorColor.rgb();
        }
        // Text: a run of plain ASCII in one style is drawn in one go; anything else on its own cell.
        run.clear();
        int end = column + width;
        const char32_t codepoint = cell.codepoint ? char32_t(cell.codepoint) : U' ';
        run.append(QChar::fromUcs4(codepoint));
        if (cell.combining) {
            for (const char32_t mark : line.marksAt(column)) {
                run.append(QChar::fromUcs4(mark));
            }
        }
        const bool ascii = codepoint < 0x80 && !cell.combining && !cell.wide;
        while (ascii && end < cells && !selected && !cursorOn) {
            const Cell &next = line.cells[end];
            if (next.codepoint >= 0x80 || next.combining || next.wide || next.continuation || next.foreground != cell.foreground
                || next.background != cell.background || next.bold != cell.bold || next.italic != cell.italic || next.underline != cell.underline
                || next.inverse != cell.inverse || next.strikethrough != cell.strikethrough || next.conceal != cell.conceal
                || (selectionHere && !(Position{historyLine, end} < m_selectionStart) && Position{historyLine, end} < m_selectionEnd)
                || (cursorHere && end == cursor.column) || (!matches.empty() && highlightAt(end) != highlight)) {
                break;
            }
            run.append(QChar(char16_t(next.codepoint ? next.codepoint : U' ')));
            ++end;
        }
        const qreal runWidth = (end - column) * m_cellWidth;
        if (background != defaultBackground) {
            painter.fillRect(QRectF(column * m_cellWidth, y, runWidth, m_cellHeight), QColor::fromRgb(background));
        }
        if (!cell.conceal && !run.trimmed().isEmpty()) {
            QFont font = m_font;
            font.setBold(cell.bold);
            font.setItalic(cell.italic);
            painter.setFont(font);
            painter.setPen(QColor::fromRgb(foreground));
            painter.drawText(QPointF(column * m_cellWidth, y + m_ascent), run);
        }
        if (cell.underline) {
            painter.fillRect(QRectF(column * m_cellWidth, y + m_ascent + 1, runWidth, 1), QColor::fromRgb(foreground));
            if (cell.underline == uint32_t(Underline::Double)) {
                painter.fillRect(QRectF(column * m_cellWidth, y + m_ascent + 3, runWidth, 1), QColor::fromRgb(foreground));
            }
        }
        if (cell.strikethrough) {
            painter.fillRect(QRectF(column * m_cellWidth, y + m_cellHeight / 2, runWidth, 1), QColor::fromRgb(foreground));
        }
        column = end;
    }

    // The cursor past the written cells, or in a shape that is not a block.
    if (cursorHere) {
        const QRectF box(cursor.column * m_cellWidth, y, m_cellWidth, m_cellHeight);
        if (!hasActiveFocus()) {
            painter.setPen(m_cursorColor);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box.adjusted(0.5, 0.5, -0.5, -0.5));
        } else if (m_cursorBlinkOn || !cursor.blinking) {
            if (cursor.shape == CursorShape::Underline) {
                painter.fillRect(QRectF(box.left(), box.bottom() - 2, box.width(), 2), m_cursorColor);
            } else if (cursor.shape == CursorShape::Bar) {
                painter.fillRect(QRectF(box.left(), box.top(), 2, box.height()), m_cursorColor);
            } else if (cursor.column >= cells) {
                painter.fillRect(box, m_cursorColor);
            }
        }
    }
}

} // namespace Teleterm::Terminal
