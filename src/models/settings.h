#pragma once

#include <QFileSystemWatcher>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace Teleterm::Models
{

// The user's settings (a QML singleton): $XDG_CONFIG_HOME/teleterm/settings.json, read when the
// window starts and again whenever it changes on disk, written (atomically, 0600) when changed
// here. The format is in docs/settings.md. A file that cannot be read leaves the defaults in
// force and says why (error); a setting it gets wrong is left out, named in the log.
class Settings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Action name -> the key sequences that trigger it (a list; empty: none). Every action is
    // present, with its default when the file does not set it.
    Q_PROPERTY(QVariantMap shortcuts READ shortcuts NOTIFY shortcutsChanged)
    Q_PROPERTY(QString path READ path CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit Settings(const QString &path = {}, QObject *parent = nullptr);
    static Settings *create(QQmlEngine *, QJSEngine *);

    // The actions, with their default key sequences (Teleport Connect's on Linux).
    [[nodiscard]] static const QList<std::pair<QString, QStringList>> &defaultShortcuts();

    [[nodiscard]] QVariantMap shortcuts() const
    {
        return m_shortcuts;
    }
    [[nodiscard]] QString path() const
    {
        return m_path;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

    // Sets an action's key sequences and writes the file; false (and nothing changed) for an
    // unknown action, a sequence Qt cannot read, or a file that could not be read.
    Q_INVOKABLE bool setShortcut(const QString &action, const QStringList &sequences);
    // Back to the default: the action leaves the file.
    Q_INVOKABLE void resetShortcut(const QString &action);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void shortcutsChanged();
    void errorChanged();

private:
    void apply(const QJsonObject &file);
    bool write();
    void setError(const QString &error);
    void watch();

    QString m_path;
    QString m_error;
    QVariantMap m_shortcuts;
    QJsonObject m_file; // as read: what this version does not know is written back untouched
    QFileSystemWatcher m_watcher;
};

} // namespace Teleterm::Models
