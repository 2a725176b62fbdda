#include "languagechange.h"

#include <QCoreApplication>
#include <QEvent>

namespace Teleterm::Backend
{

namespace
{

// QCoreApplication tells only itself of a new translator: this listens in on it.
class LanguageWatch : public QObject
{
public:
    LanguageWatch(QObject *context, std::function<void()> then)
        : QObject(context)
        , m_then(std::move(then))
    {
        QCoreApplication::instance()->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) {
            m_then();
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

} // namespace

void whenLanguageChanges(QObject *context, std::function<void()> then)
{
    if (QCoreApplication::instance()) {
        new LanguageWatch(context, std::move(then));
    }
}

} // namespace Teleterm::Backend
