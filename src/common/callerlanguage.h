#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

class QLocale;
class QTranslator;

namespace grpc
{
class ClientContext;
class ServerContextBase;
} // namespace grpc

// What a service (the daemon, the PTY host) says to a caller is said in the caller's language.
// A client names its language in every call's "accept-language" metadata, as HTTP does; the
// service translates from the same catalogue as the window (`tr()` into the context
// `ServiceText`), on the thread that answers the call.
namespace Teleterm::CallerLanguage
{

inline constexpr char MetadataKey[] = "accept-language";

// Names the language of this process in a call: the one setOwn() gave, else QLocale's default's.
void name(grpc::ClientContext &context);
// The language this process speaks (the window's, which may differ from the locale of its
// numbers and dates), from now on.
void setOwn(const QString &language);

// Installs the translator that follows callers. Once, in a service's main().
void install();

// The language a call names ("" when it names none or names it unreadably).
[[nodiscard]] QString of(const grpc::ServerContextBase &context);

// From now on this thread answers `context`: it speaks the call's language. A call that names a
// language also makes it the service's own, for what it says unasked (a gateway's failure).
void adopt(const grpc::ServerContextBase &context);

// The language this thread speaks in ("" = the service's own), to carry it to another thread.
[[nodiscard]] QString current();

// `items` as a list in the language this thread speaks ("a, b and c").
[[nodiscard]] QString listOf(const QStringList &items);
// `time` (local) as that language writes a date and time.
[[nodiscard]] QString dateTime(const QDateTime &time);

// Speaks `language` on this thread for the scope's life.
class Scope
{
public:
    explicit Scope(const QString &language);
    ~Scope();
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;

private:
    QString m_previous;
};

} // namespace Teleterm::CallerLanguage

namespace Teleterm
{
// Teleterm's catalogue (the window's and the services' messages) for `locale`: its languages in
// the user's order, else English, whose file holds the plural forms (as under LANG=C, or for a
// language Teleterm does not speak). False when none loads.
[[nodiscard]] bool loadCatalogue(QTranslator &translator, const QLocale &locale);
// Qt's own catalogue for `locale` (the Controls' standard texts, key names, --help's words).
// False when there is none, and for English, which needs none.
[[nodiscard]] bool loadQtCatalogue(QTranslator &translator, const QLocale &locale);

// The context of what services say to callers: `ServiceText::tr("...")`.
class ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceText)
};
} // namespace Teleterm
