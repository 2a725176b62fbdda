#include "profilestore.h"

#include "atomicfile.h"
#include "callerlanguage.h"

#include "daemonlogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>
#include <QScopeGuard>
#include <QSet>
#include <QThread>

#include <yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Teleterm::Daemon
{

namespace
{

// Profiles are a few hundred bytes and keys a few kilobytes: anything much larger is not ours.
constexpr qint64 MaxFileSize = 4 * 1024 * 1024;
// How long trustHostCa waits for tsh's lock on known_hosts (tsh itself waits 5 s).
constexpr int KnownHostsLockMs = 5000;
// How deep the watcher and the change detector look under keys/NAME/ (USER-db/CLUSTER/DB.crt is 3).
constexpr int MaxKeyDepth = 4;

const auto YamlSuffix = ".yaml"_L1;
const auto CurrentProfileFile = "current-profile"_L1;

// The keys tsh's Profile struct writes, in its field order. Profile's own fields are placed
// where tsh puts them, so a file saved here looks like one tsh wrote.
enum class Field {
    Other,
    WebProxyAddress,
    SshProxyAddress,
    User,
    Cluster,
    TlsRoutingEnabled,
    AuthConnector,
    LoadAllCas,
    MfaMode,
    PrivateKeyPolicy,
};
struct KeyOrder {
    QLatin1StringView key;
    Field field;
};
constexpr KeyOrder TshKeyOrder[] = {
    {"web_proxy_addr"_L1, Field::WebProxyAddress},
    {"ssh_proxy_addr"_L1, Field::SshProxyAddress},
    {"kube_proxy_addr"_L1, Field::Other},
    {"postgres_proxy_addr"_L1, Field::Other},
    {"mysql_proxy_addr"_L1, Field::Other},
    {"mongo_proxy_addr"_L1, Field::Other},
    {"user"_L1, Field::User},
    {"cluster"_L1, Field::Cluster},
    {"dynamic_forward_ports"_L1, Field::Other},
    {"dir"_L1, Field::Other},
    {"tls_routing_enabled"_L1, Field::TlsRoutingEnabled},
    {"tls_routing_conn_upgrade_required"_L1, Field::Other},
    {"auth_connector"_L1, Field::AuthConnector},
    {"load_all_cas"_L1, Field::LoadAllCas},
    {"mfa_mode"_L1, Field::MfaMode},
    {"private_key_policy"_L1, Field::PrivateKeyPolicy},
    {"piv_slot"_L1, Field::Other},
    {"missingclusterdetails"_L1, Field::Other},
    {"saml_slo_enabled"_L1, Field::Other},
    {"ssh_dial_timeout"_L1, Field::Other},
};
constexpr int TshKeyCount = int(std::size(TshKeyOrder));

// Where `key` stands in tsh's order, or -1.
int tshRank(const QString &key)
{
    for (int i = 0; i < TshKeyCount; ++i) {
        if (key == TshKeyOrder[i].key) {
            return i;
        }
    }
    return -1;
}

Field fieldOf(const QString &key)
{
    const int rank = tshRank(key);
    return rank < 0 ? Field::Other : TshKeyOrder[rank].field;
}

bool fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return false;
}

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// A name that becomes one path component: nothing that could leave the directory or confuse
// the files that list names (current-profile, known_hosts).
QString nameProblem(const QString &name)
{
    if (name.isEmpty()) {
        return ServiceText::tr("it is empty");
    }
    if (name.size() > 200) {
        return ServiceText::tr("it is longer than 200 characters");
    }
    if (name == "."_L1 || name.contains(".."_L1)) {
        return ServiceText::tr("it contains \"..\"");
    }
    if (name.contains(u'/')) {
        return ServiceText::tr("it contains '/'");
    }
    for (const QChar c : name) {
        if (c.isNull()) {
            return ServiceText::tr("it contains a NUL character");
        }
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            return ServiceText::tr("it contains white space or a control character");
        }
    }
    return {};
}

// For error messages: a name with its control characters shown as escapes.
QString printable(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isPrint() && !c.isSpace()) {
            out += c;
        } else {
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        }
    }
    return u'"' + out + u'"';
}

bool checkName(const QString &what, const QString &name, QString *error)
{
    const QString problem = nameProblem(name);
    if (problem.isEmpty()) {
        return true;
    }
    return fail(error, ServiceText::tr("refusing the %1 %2: %3").arg(what, printable(name), problem));
}

bool checkProfileNames(const Profile &profile, QString *error)
{
    return checkName(ServiceText::tr("profile name"), profile.name, error) && checkName(ServiceText::tr("user name"), profile.user, error)
        && checkName(ServiceText::tr("cluster name"), profile.clusterName(), error);
}

// The host of a host:port address as tsh's Profile.Name() finds it (Go's net.SplitHostPort),
// or the whole address when it has no port.
QString hostOf(const QString &address)
{
    if (address.startsWith(u'[')) {
        const qsizetype close = address.indexOf(u']');
        if (close > 0 && address.mid(close + 1).startsWith(u':')) {
            return address.mid(1, close - 1);
        }
        return address;
    }
    const qsizetype colon = address.lastIndexOf(u':');
    if (colon < 0 || address.left(colon).contains(u':')) {
        return address;
    }
    return address.left(colon);
}

// The directory at `path`, checked before anything is read from or written into it: a real
// directory this user owns, or a symlink (ours or root's) to one. Created 0700 when `create`
// and missing; a directory of ours that others may enter is tightened to 0700.
bool checkDirectory(const QString &path, bool create, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat link = {};
    if (::lstat(native.constData(), &link) != 0) {
        const int err = errno;
        if (err != ENOENT || !create) {
            return fail(error, ServiceText::tr("cannot use the directory %1: %2").arg(path, errnoText(err)));
        }
        if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST) {
            return fail(error, ServiceText::tr("cannot create the directory %1: %2").arg(path, errnoText(errno)));
        }
        if (::lstat(native.constData(), &link) != 0) {
            return fail(error, ServiceText::tr("cannot inspect the directory %1: %2").arg(path, errnoText(errno)));
        }
    }
    const uid_t me = ::getuid();
    if (S_ISLNK(link.st_mode) && link.st_uid != me && link.st_uid != 0) {
        return fail(error, ServiceText::tr("refusing %1: it is a symlink that another user (uid %2) owns").arg(path).arg(link.st_uid));
    }
    struct stat target = {};
    if (::stat(native.constData(), &target) != 0) {
        return fail(error, ServiceText::tr("cannot use the directory %1: %2").arg(path, errnoText(errno)));
    }
    if (!S_ISDIR(target.st_mode)) {
        return fail(error, ServiceText::tr("%1 is not a directory").arg(path));
    }
    if (target.st_uid != me) {
        return fail(error, ServiceText::tr("refusing %1: the directory belongs to another user (uid %2)").arg(path).arg(target.st_uid));
    }
    if ((target.st_mode & 077) != 0) {
        if (::chmod(native.constData(), 0700) != 0) {
            return fail(error, ServiceText::tr("cannot make %1 private (mode 0700): %2").arg(path, errnoText(errno)));
        }
        qCInfo(TELETERM_DAEMON) << "made" << path << "private (mode 0700)";
    }
    return true;
}

// `base` (created if missing) and then each of `components` under it, all checked as above.
bool ensureDirectories(const QString &base, const QStringList &components, QString *error)
{
    const QFileInfo info(base);
    if (!info.dir().exists() && !QDir().mkpath(info.dir().path())) {
        return fail(error, ServiceText::tr("cannot create the directory %1").arg(info.dir().path()));
    }
    QString path = base;
    if (!checkDirectory(path, true, error)) {
        return false;
    }
    for (const QString &component : components) {
        path += u'/' + component;
        if (!checkDirectory(path, true, error)) {
            return false;
        }
    }
    return true;
}

enum class ReadResult { Ok, Missing, Failed };

ReadResult readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!QFileInfo::exists(path)) {
            return ReadResult::Missing;
        }
        fail(error, ServiceText::tr("cannot read %1: %2").arg(path, file.errorString()));
        return ReadResult::Failed;
    }
    if (file.size() > MaxFileSize) {
        fail(error, ServiceText::tr("cannot read %1: it is larger than %2 bytes").arg(path).arg(MaxFileSize));
        return ReadResult::Failed;
    }
    *data = file.read(MaxFileSize + 1);
    if (file.error() != QFileDevice::NoError) {
        fail(error, ServiceText::tr("cannot read %1: %2").arg(path, file.errorString()));
        return ReadResult::Failed;
    }
    return ReadResult::Ok;
}

bool removeFile(const QString &path, QString *error)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
        return fail(error, ServiceText::tr("cannot remove %1: %2").arg(path, errnoText(errno)));
    }
    return true;
}

// Removes `path` and everything under it without following a symlink anywhere (a symlink is
// removed itself). A missing path is not an error.
bool removeTree(const QString &path, QString *error)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st = {};
    if (::lstat(native.constData(), &st) != 0) {
        return errno == ENOENT || fail(error, ServiceText::tr("cannot remove %1: %2").arg(path, errnoText(errno)));
    }
    if (!S_ISDIR(st.st_mode)) {
        return removeFile(path, error);
    }
    const QStringList entries = QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        if (!removeTree(path + u'/' + entry, error)) {
            return false;
        }
    }
    if (::rmdir(native.constData()) != 0 && errno != ENOENT) {
        return fail(error, ServiceText::tr("cannot remove %1: %2").arg(path, errnoText(errno)));
    }
    return true;
}

// ---- YAML, through libyaml ----

QString location(const QString &file, const yaml_mark_t &mark)
{
    return u"%1:%2:%3"_s.arg(file).arg(mark.line + 1).arg(mark.column + 1);
}

// libyaml's parser, one event at a time; the current event is freed on the next call.
class YamlParser
{
public:
    explicit YamlParser(QByteArray input)
        : m_input(std::move(input))
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_encoding(&m_parser, YAML_UTF8_ENCODING);
        yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(m_input.constData()), size_t(m_input.size()));
    }
    ~YamlParser()
    {
        release();
        yaml_parser_delete(&m_parser);
    }
    Q_DISABLE_COPY_MOVE(YamlParser)

    [[nodiscard]] bool next()
    {
        release();
        if (!yaml_parser_parse(&m_parser, &m_event)) {
            return false;
        }
        m_held = true;
        return true;
    }
    [[nodiscard]] yaml_event_type_t type() const
    {
        return m_event.type;
    }
    [[nodiscard]] const yaml_event_t &event() const
    {
        return m_event;
    }
    // For an emitter, which frees the event it is given.
    [[nodiscard]] yaml_event_t *take()
    {
        m_held = false;
        return &m_event;
    }
    // What went wrong, with the file, line and column it went wrong at.
    [[nodiscard]] QString error(const QString &file) const
    {
        QString problem = m_parser.problem ? QString::fromUtf8(m_parser.problem) : ServiceText::tr("malformed YAML");
        if (m_parser.error == YAML_READER_ERROR) {
            // The reader reports a byte offset; people want a line.
            const qsizetype offset = std::min(qsizetype(m_parser.problem_offset), m_input.size());
            const qsizetype line = m_input.left(offset).count('\n') + 1;
            return u"%1:%2: %3"_s.arg(file).arg(line).arg(problem);
        }
        if (m_parser.context) {
            problem += ServiceText::tr(" (%1 at line %2)").arg(QString::fromUtf8(m_parser.context)).arg(m_parser.context_mark.line + 1);
        }
        return location(file, m_parser.problem_mark) + u": "_s + problem;
    }

private:
    void release()
    {
        if (m_held) {
            yaml_event_delete(&m_event);
            m_held = false;
        }
    }

    const QByteArray m_input;
    yaml_parser_t m_parser;
    yaml_event_t m_event = {};
    bool m_held = false;
};

// libyaml's emitter into a QByteArray: UTF-8, no line folding.
class YamlEmitter
{
public:
    YamlEmitter()
    {
        yaml_emitter_initialize(&m_emitter);
        yaml_emitter_set_output(&m_emitter, &YamlEmitter::write, &m_output);
        yaml_emitter_set_encoding(&m_emitter, YAML_UTF8_ENCODING);
        yaml_emitter_set_unicode(&m_emitter, 1);
        yaml_emitter_set_width(&m_emitter, -1);
        yaml_emitter_set_indent(&m_emitter, 2);
        yaml_emitter_set_break(&m_emitter, YAML_LN_BREAK);
    }
    ~YamlEmitter()
    {
        yaml_emitter_delete(&m_emitter);
    }
    Q_DISABLE_COPY_MOVE(YamlEmitter)

    // Takes `event` (libyaml frees it whether or not this succeeds).
    [[nodiscard]] bool push(yaml_event_t *event)
    {
        if (!yaml_emitter_emit(&m_emitter, event)) {
            m_error = m_emitter.problem ? QString::fromUtf8(m_emitter.problem) : ServiceText::tr("cannot write YAML");
            return false;
        }
        return true;
    }
    [[nodiscard]] bool scalar(const QString &value, yaml_scalar_style_t style)
    {
        QByteArray utf8 = value.toUtf8();
        yaml_event_t event;
        if (!yaml_scalar_event_initialize(&event, nullptr, nullptr, reinterpret_cast<const yaml_char_t *>(utf8.constData()), int(utf8.size()), 1, 1, style)) {
            m_error = ServiceText::tr("cannot write the value %1").arg(printable(value));
            return false;
        }
        return push(&event);
    }
    [[nodiscard]] bool begin()
    {
        yaml_event_t event;
        yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING);
        if (!push(&event)) {
            return false;
        }
        yaml_document_start_event_initialize(&event, nullptr, nullptr, nullptr, 1);
        if (!push(&event)) {
            return false;
        }
        yaml_mapping_start_event_initialize(&event, nullptr, nullptr, 1, YAML_BLOCK_MAPPING_STYLE);
        return push(&event);
    }
    [[nodiscard]] bool end()
    {
        yaml_event_t event;
        yaml_mapping_end_event_initialize(&event);
        if (!push(&event)) {
            return false;
        }
        yaml_document_end_event_initialize(&event, 1);
        if (!push(&event)) {
            return false;
        }
        yaml_stream_end_event_initialize(&event);
        return push(&event) && yaml_emitter_flush(&m_emitter);
    }
    [[nodiscard]] QByteArray output() const
    {
        return m_output;
    }
    [[nodiscard]] QString error() const
    {
        return m_error;
    }

private:
    static int write(void *data, unsigned char *buffer, size_t size)
    {
        static_cast<QByteArray *>(data)->append(reinterpret_cast<const char *>(buffer), qsizetype(size));
        return 1;
    }

    yaml_emitter_t m_emitter;
    QByteArray m_output;
    QString m_error;
};

// libyaml writes the non-specific tag `!` as `!<%21>`, which reads back as another tag, so a
// profile written twice would differ. On a scalar `!` means a string: it is written as `!!str`.
// On a collection it says no more than the collection: it goes. Other events pass as they are.
yaml_event_t *withoutNonSpecificTag(yaml_event_t *event, yaml_event_t *replacement)
{
    const auto nonSpecific = [](const yaml_char_t *tag) {
        return tag && std::strcmp(reinterpret_cast<const char *>(tag), "!") == 0;
    };
    bool replaced = false;
    switch (event->type) {
    case YAML_SCALAR_EVENT: {
        const auto &scalar = event->data.scalar;
        static const yaml_char_t stringTag[] = "tag:yaml.org,2002:str";
        replaced = nonSpecific(scalar.tag)
            && yaml_scalar_event_initialize(replacement, scalar.anchor, stringTag, scalar.value, int(scalar.length), 0, 0, scalar.style);
        break;
    }
    case YAML_SEQUENCE_START_EVENT: {
        const auto &sequence = event->data.sequence_start;
        replaced = nonSpecific(sequence.tag) && yaml_sequence_start_event_initialize(replacement, sequence.anchor, nullptr, 1, sequence.style);
        break;
    }
    case YAML_MAPPING_START_EVENT: {
        const auto &mapping = event->data.mapping_start;
        replaced = nonSpecific(mapping.tag) && yaml_mapping_start_event_initialize(replacement, mapping.anchor, nullptr, 1, mapping.style);
        break;
    }
    default:
        break;
    }
    if (!replaced) {
        return event;
    }
    yaml_event_delete(event); // the emitter takes the replacement, and frees it
    return replacement;
}

// Writes one of Profile::otherKeys' values: its YAML source is parsed and its events handed
// to the emitter as they are, so type, tag and quoting survive.
bool emitFragment(YamlEmitter &emitter, const QString &key, const QString &fragment, QString *error)
{
    const auto invalid = [&](const QString &why) {
        return fail(error, ServiceText::tr("the value of %1 in otherKeys is not one YAML value: %2").arg(printable(key), why));
    };
    const QString name = u"otherKeys[%1]"_s.arg(key);
    YamlParser parser(fragment.toUtf8());
    if (!parser.next() || !parser.next()) { // stream start, then a document or the stream's end
        return invalid(parser.error(name));
    }
    if (parser.type() == YAML_STREAM_END_EVENT) { // empty: a null, as `key:` is
        return emitter.scalar(QString(), YAML_PLAIN_SCALAR_STYLE) || fail(error, emitter.error());
    }
    int depth = 0;
    do {
        if (!parser.next()) {
            return invalid(parser.error(name));
        }
        switch (parser.type()) {
        case YAML_ALIAS_EVENT:
            return invalid(ServiceText::tr("it uses an alias"));
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            ++depth;
            break;
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            --depth;
            break;
        default:
            break;
        }
        yaml_event_t replacement;
        if (!emitter.push(withoutNonSpecificTag(parser.take(), &replacement))) {
            return invalid(emitter.error());
        }
    } while (depth > 0);
    if (!parser.next() || parser.type() != YAML_DOCUMENT_END_EVENT || !parser.next() || parser.type() != YAML_STREAM_END_EVENT) {
        return invalid(ServiceText::tr("it holds more than one value"));
    }
    return true;
}

bool isNullWord(const QString &text)
{
    return text.isEmpty() || text == "~"_L1 || text == "null"_L1 || text == "Null"_L1 || text == "NULL"_L1;
}

// YAML 1.1's booleans, as Go's yaml.v2 reads them.
std::optional<bool> boolWord(const QString &text)
{
    static const QStringList yes = {u"true"_s, u"True"_s, u"TRUE"_s, u"yes"_s, u"Yes"_s, u"YES"_s, u"on"_s, u"On"_s, u"ON"_s, u"y"_s, u"Y"_s};
    static const QStringList no = {u"false"_s, u"False"_s, u"FALSE"_s, u"no"_s, u"No"_s, u"NO"_s, u"off"_s, u"Off"_s, u"OFF"_s, u"n"_s, u"N"_s};
    if (yes.contains(text)) {
        return true;
    }
    if (no.contains(text) || isNullWord(text)) {
        return false;
    }
    return std::nullopt;
}

// The YAML source of a value: the characters from `start` to `end` (libyaml counts characters,
// not bytes). A value on several lines keeps its first line's indentation, so it parses alone.
QString sourceText(const QList<uint> &characters, const yaml_mark_t &start, const yaml_mark_t &end, bool collection)
{
    const qsizetype from = std::min(qsizetype(start.index), characters.size());
    const qsizetype to = std::clamp(qsizetype(end.index), from, characters.size());
    QString text = QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData() + from), to - from);
    if (collection) { // a block collection ends where the next key starts
        while (!text.isEmpty() && text.back().isSpace()) {
            text.chop(1);
        }
    }
    if (text.contains(u'\n')) {
        text.prepend(QString(qsizetype(start.column), u' '));
    }
    return text;
}

} // namespace

bool parseProfile(QByteArray data, const QString &file, Profile &profile, QString *error)
{
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    const QList<uint> characters = QString::fromUtf8(data).toUcs4();
    YamlParser parser(data);
    const auto broken = [&] {
        return fail(error, parser.error(file));
    };
    const auto wrong = [&](const yaml_mark_t &mark, const QString &why) {
        return fail(error, location(file, mark) + u": "_s + why);
    };

    if (!parser.next() || !parser.next()) {
        return broken();
    }
    if (parser.type() == YAML_STREAM_END_EVENT) {
        return fail(error, ServiceText::tr("%1 is empty").arg(file));
    }
    if (!parser.next()) {
        return broken();
    }
    if (parser.type() != YAML_MAPPING_START_EVENT) {
        return wrong(parser.event().start_mark, ServiceText::tr("a profile is a mapping of keys to values, and this is not one"));
    }
    QSet<QString> seen;
    for (;;) {
        if (!parser.next()) {
            return broken();
        }
        if (parser.type() == YAML_MAPPING_END_EVENT) {
            break;
        }
        if (parser.type() != YAML_SCALAR_EVENT) {
            return wrong(parser.event().start_mark, ServiceText::tr("a key that is not a string"));
        }
        const yaml_mark_t keyMark = parser.event().start_mark;
        const auto &keyScalar = parser.event().data.scalar;
        const QString key = QString::fromUtf8(reinterpret_cast<const char *>(keyScalar.value), qsizetype(keyScalar.length));
        if (seen.contains(key)) {
            return wrong(keyMark, ServiceText::tr("the key %1 appears twice").arg(printable(key)));
        }
        seen.insert(key);

        if (!parser.next()) {
            return broken();
        }
        const yaml_mark_t start = parser.event().start_mark;
        yaml_mark_t end = parser.event().end_mark;
        bool scalar = false;
        QString text;
        bool plain = false;
        switch (parser.type()) {
        case YAML_SCALAR_EVENT: {
            const auto &value = parser.event().data.scalar;
            scalar = true;
            text = QString::fromUtf8(reinterpret_cast<const char *>(value.value), qsizetype(value.length));
            plain = value.style == YAML_PLAIN_SCALAR_STYLE;
            break;
        }
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            for (int depth = 1; depth > 0;) {
                if (!parser.next()) {
                    return broken();
                }
                const yaml_event_type_t type = parser.type();
                if (type == YAML_ALIAS_EVENT) {
                    return wrong(parser.event().start_mark, ServiceText::tr("YAML aliases are not supported in a profile"));
                }
                depth += (type == YAML_SEQUENCE_START_EVENT || type == YAML_MAPPING_START_EVENT) ? 1 : 0;
                depth -= (type == YAML_SEQUENCE_END_EVENT || type == YAML_MAPPING_END_EVENT) ? 1 : 0;
                end = parser.event().end_mark;
            }
            break;
        default:
            return wrong(start, ServiceText::tr("YAML aliases are not supported in a profile"));
        }

        const Field field = fieldOf(key);
        if (field != Field::Other && !scalar) {
            return wrong(start, ServiceText::tr("%1 must be a single value, not a list or a mapping").arg(key));
        }
        const QString string = plain && isNullWord(text) ? QString() : text;
        switch (field) {
        case Field::WebProxyAddress:
            profile.webProxyAddress = string;
            break;
        case Field::SshProxyAddress:
            profile.sshProxyAddress = string;
            break;
        case Field::User:
            profile.user = string;
            break;
        case Field::Cluster:
            profile.cluster = string;
            break;
        case Field::AuthConnector:
            profile.authConnector = string;
            break;
        case Field::MfaMode:
            profile.mfaMode = string;
            break;
        case Field::PrivateKeyPolicy:
            profile.privateKeyPolicy = string;
            break;
        case Field::TlsRoutingEnabled:
        case Field::LoadAllCas: {
            const std::optional<bool> value = boolWord(text);
            if (!value) {
                return wrong(start, ServiceText::tr("%1 must be true or false, not %2").arg(key, printable(text)));
            }
            (field == Field::TlsRoutingEnabled ? profile.tlsRoutingEnabled : profile.loadAllCas) = *value;
            break;
        }
        case Field::Other:
            profile.otherKeys.append({key, sourceText(characters, start, end, !scalar)});
            break;
        }
    }
    if (!parser.next()) {
        return broken();
    }
    if (!parser.next()) {
        return broken();
    }
    if (parser.type() != YAML_STREAM_END_EVENT) {
        return wrong(parser.event().start_mark, ServiceText::tr("a profile is one YAML document, and a second one starts here"));
    }
    if (profile.webProxyAddress.isEmpty()) {
        return fail(error, ServiceText::tr("%1 has no web_proxy_addr").arg(file));
    }
    return true;
}

bool emitProfile(const Profile &profile, QByteArray *out, QString *error)
{
    YamlEmitter emitter;
    const auto broken = [&] {
        return fail(error, ServiceText::tr("cannot write the profile %1: %2").arg(profile.name, emitter.error()));
    };
    const auto string = [&](QLatin1StringView key, const QString &value, bool always) {
        if (value.isEmpty() && !always) {
            return true;
        }
        return emitter.scalar(key, YAML_PLAIN_SCALAR_STYLE) && emitter.scalar(value, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
    };
    const auto boolean = [&](QLatin1StringView key, bool value) {
        if (!value) {
            return true;
        }
        return emitter.scalar(key, YAML_PLAIN_SCALAR_STYLE) && emitter.scalar(u"true"_s, YAML_PLAIN_SCALAR_STYLE);
    };
    const auto field = [&](const KeyOrder &entry) {
        switch (entry.field) {
        case Field::WebProxyAddress:
            return string(entry.key, profile.webProxyAddress, true);
        case Field::SshProxyAddress:
            return string(entry.key, profile.sshProxyAddress, false);
        case Field::User:
            return string(entry.key, profile.user, false);
        case Field::Cluster:
            return string(entry.key, profile.cluster, false);
        case Field::TlsRoutingEnabled:
            return boolean(entry.key, profile.tlsRoutingEnabled);
        case Field::AuthConnector:
            return string(entry.key, profile.authConnector, false);
        case Field::LoadAllCas:
            return boolean(entry.key, profile.loadAllCas);
        case Field::MfaMode:
            return string(entry.key, profile.mfaMode, false);
        case Field::PrivateKeyPolicy: // tsh writes it even when empty (no omitempty)
            return string(entry.key, profile.privateKeyPolicy, true);
        case Field::Other:
            break;
        }
        return true;
    };

    if (!emitter.begin()) {
        return broken();
    }
    // Profile's fields go where tsh puts them among the other keys, which keep their own order:
    // before another key tsh knows, every field tsh writes earlier is written first.
    int written = 0; // the fields of TshKeyOrder[0, written) are out
    const auto writeFieldsBefore = [&](int rank) {
        for (; written < rank; ++written) {
            if (!field(TshKeyOrder[written])) {
                return false;
            }
        }
        return true;
    };
    for (const auto &[key, value] : profile.otherKeys) {
        const int rank = tshRank(key);
        if (rank >= 0 && !writeFieldsBefore(rank)) {
            return broken();
        }
        if (!emitter.scalar(key, YAML_ANY_SCALAR_STYLE)) {
            return broken();
        }
        if (!emitFragment(emitter, key, value, error)) {
            return false;
        }
    }
    if (!writeFieldsBefore(TshKeyCount) || !emitter.end()) {
        return broken();
    }
    *out = emitter.output();
    return true;
}

namespace
{

// ---- keys ----

struct KeyPaths {
    QString directory; // keys/NAME
    QString sshKey; // USER
    QString sshPublicKey; // USER.pub
    QString sshCertificate; // USER-ssh/CLUSTER-cert.pub
    QString tlsKey; // USER.key (v17)
    QString tlsCertificate; // USER.crt (v17)
    QString legacyTlsCertificate; // USER-x509.pem (v16)
    QString cas; // cas/
};

KeyPaths keyPaths(const QString &keyDirectory, const Profile &profile)
{
    const QString user = keyDirectory + u'/' + profile.user;
    return {
        keyDirectory,
        user,
        user + ".pub"_L1,
        user + "-ssh/"_L1 + profile.clusterName() + "-cert.pub"_L1,
        user + ".key"_L1,
        user + ".crt"_L1,
        user + "-x509.pem"_L1,
        keyDirectory + "/cas"_L1,
    };
}

// A known_hosts host or cluster: a name that is also safe in a comma-separated pattern list.
bool checkHostPattern(const QString &what, const QString &name, QString *error)
{
    if (!checkName(what, name, error)) {
        return false;
    }
    for (const QChar c : name) {
        if (c == u',' || c == u'*' || c == u'?' || c == u'!' || c == u'#' || c == u'@') {
            return fail(error,
                        ServiceText::tr("refusing the %1 %2: it contains %3, which known_hosts reads as a pattern").arg(what, printable(name), QString(c)));
        }
    }
    return true;
}

struct StatLine {
    QString path;
    QByteArray summary;
};

QByteArray statSummary(const struct stat &st)
{
    return QByteArray::number(quint64(st.st_ino)) + ':' + QByteArray::number(qint64(st.st_size)) + ':' + QByteArray::number(qint64(st.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_mtim.tv_nsec)) + ':' + QByteArray::number(qint64(st.st_ctim.tv_sec)) + '.'
        + QByteArray::number(qint64(st.st_ctim.tv_nsec)) + ':' + QByteArray::number(uint(st.st_mode), 8);
}

// Every entry under `directory`, `depth` levels down at most, without following symlinks and
// without hidden entries (a writer's temporary files).
void listTree(const QString &directory, int depth, QStringList *files, QStringList *directories)
{
    if (depth <= 0) {
        return;
    }
    const QFileInfoList entries = QDir(directory).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (entry.isDir() && !entry.isSymLink()) {
            if (directories) {
                directories->append(entry.filePath());
            }
            listTree(entry.filePath(), depth - 1, files, directories);
        } else if (files) {
            files->append(entry.filePath());
        }
    }
}

} // namespace

ProfileStore::ProfileStore(QString directory, QObject *parent)
    : QObject(parent)
    , m_directory(QDir::cleanPath(std::move(directory)))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &ProfileStore::compareWithDisk);
    const auto changed = [this] {
        rearmWatcher();
        m_debounce.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);

    const QStringList names = profileNames();
    for (const QString &name : names) {
        m_fingerprints.insert(name, fingerprint(name));
    }
    rearmWatcher();
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::directory() const
{
    return m_directory;
}

QString ProfileStore::profilePath(const QString &name) const
{
    return m_directory + u'/' + name + YamlSuffix;
}

QString ProfileStore::keyDirectory(const QString &name) const
{
    return m_directory + "/keys/"_L1 + name;
}

QStringList ProfileStore::profileNames() const
{
    QString error;
    if (!QFileInfo::exists(m_directory)) {
        return {};
    }
    if (!checkDirectory(m_directory, false, &error)) {
        qCWarning(TELETERM_DAEMON).noquote() << error;
        return {};
    }
    QStringList names;
    // As tsh lists them: regular files named *.yaml, symlinks left out.
    const QFileInfoList entries = QDir(m_directory).entryInfoList({u"*.yaml"_s}, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName().chopped(YamlSuffix.size());
        if (nameProblem(name).isEmpty()) {
            names.append(name);
        }
    }
    names.sort();
    return names;
}

std::optional<Profile> ProfileStore::load(const QString &name, QString *error) const
{
    if (!checkName(ServiceText::tr("profile name"), name, error) || !checkDirectory(m_directory, false, error)) {
        return std::nullopt;
    }
    const QString path = profilePath(name);
    QByteArray data;
    switch (readFile(path, &data, error)) {
    case ReadResult::Missing:
        fail(error, ServiceText::tr("there is no profile %1 (%2 does not exist)").arg(name, path));
        return std::nullopt;
    case ReadResult::Failed:
        return std::nullopt;
    case ReadResult::Ok:
        break;
    }
    Profile profile;
    profile.name = name;
    if (!parseProfile(data, path, profile, error)) {
        return std::nullopt;
    }
    if (hostOf(profile.webProxyAddress) != name) {
        qCWarning(TELETERM_DAEMON) << path << "names the proxy" << profile.webProxyAddress << "; tsh would keep its keys under that host";
    }
    return profile;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (!checkName(ServiceText::tr("profile name"), profile.name, error)) {
        return false;
    }
    if (profile.webProxyAddress.isEmpty()) {
        return fail(error, ServiceText::tr("cannot save the profile %1: it has no web proxy address").arg(profile.name));
    }
    if (const QString host = hostOf(profile.webProxyAddress); host != profile.name) {
        return fail(error,
                    ServiceText::tr("cannot save the profile %1: tsh names a profile after its web proxy's host, and that is %2").arg(profile.name, host));
    }
    QSet<QString> keys;
    for (const auto &entry : profile.otherKeys) {
        const QString &key = entry.first;
        if (key.isEmpty() || fieldOf(key) != Field::Other || keys.contains(key)) {
            return fail(error,
                        ServiceText::tr("cannot save the profile %1: otherKeys holds %2, which is empty, a Profile field or there twice")
                            .arg(profile.name, printable(key)));
        }
        keys.insert(key);
    }
    QByteArray yaml;
    if (!emitProfile(profile, &yaml, error) || !ensureDirectories(m_directory, {}, error) || !writeAtomically(profilePath(profile.name), yaml, error)) {
        return false;
    }
    noteOwnWrite(profile.name);
    return true;
}

bool ProfileStore::remove(const QString &name, bool keepKeys, QString *error)
{
    if (!checkName(ServiceText::tr("profile name"), name, error) || !checkDirectory(m_directory, false, error)) {
        return false;
    }
    const QString path = profilePath(name);
    const QString keys = keyDirectory(name);
    if (!QFileInfo::exists(path) && (keepKeys || !QFileInfo::exists(keys))) {
        return fail(error, ServiceText::tr("there is no profile %1 (%2 does not exist)").arg(name, path));
    }
    const auto noted = qScopeGuard([&] {
        noteOwnWrite(name);
    });
    if (!removeFile(path, error) || (!keepKeys && !removeTree(keys, error))) {
        return false;
    }
    return currentProfile() != name || removeFile(m_directory + u'/' + CurrentProfileFile, error);
}

QString ProfileStore::currentProfile() const
{
    QByteArray data;
    QString error;
    if (readFile(m_directory + u'/' + CurrentProfileFile, &data, &error) != ReadResult::Ok) {
        return {};
    }
    return QString::fromUtf8(data).trimmed();
}

bool ProfileStore::setCurrentProfile(const QString &name, QString *error)
{
    return checkName(ServiceText::tr("profile name"), name, error) && ensureDirectories(m_directory, {}, error)
        && writeAtomically(m_directory + u'/' + CurrentProfileFile, name.toUtf8() + '\n', error);
}

bool ProfileStore::saveKeys(const Profile &profile, const KeyRing &ring, QString *error)
{
    if (!checkProfileNames(profile, error)) {
        return false;
    }
    for (auto it = ring.trustedCas.cbegin(); it != ring.trustedCas.cend(); ++it) {
        if (!checkName(ServiceText::tr("CA's cluster name"), it.key(), error)) {
            return false;
        }
    }
    QStringList missing;
    if (ring.sshPrivateKey.isEmpty()) {
        missing << ServiceText::tr("the SSH private key");
    }
    if (ring.sshPublicKey.isEmpty()) {
        missing << ServiceText::tr("the SSH public key");
    }
    if (ring.sshCertificate.isEmpty()) {
        missing << ServiceText::tr("the SSH certificate");
    }
    if (ring.tlsCertificate.isEmpty()) {
        missing << ServiceText::tr("the TLS certificate");
    }
    if (!missing.isEmpty()) {
        return fail(error, ServiceText::tr("cannot save the keys of %1: %2 missing").arg(profile.name, CallerLanguage::listOf(missing)));
    }

    const KeyPaths paths = keyPaths(keyDirectory(profile.name), profile);
    const bool v17 = !ring.tlsPrivateKey.isEmpty();
    // Even a write that fails half-way is ours: it must not come back as someone else's change.
    const auto noted = qScopeGuard([&] {
        noteOwnWrite(profile.name);
    });
    if (!ensureDirectories(m_directory, {u"keys"_s, profile.name}, error) || !checkDirectory(QFileInfo(paths.sshCertificate).path(), true, error)) {
        return false;
    }
    QList<std::pair<QString, QByteArray>> files = {
        {paths.sshKey, ring.sshPrivateKey},
        {paths.sshPublicKey, ring.sshPublicKey},
    };
    if (v17) {
        files.append({paths.tlsKey, ring.tlsPrivateKey});
        files.append({paths.tlsCertificate, ring.tlsCertificate});
    } else {
        files.append({paths.legacyTlsCertificate, ring.tlsCertificate});
    }
    files.append({paths.sshCertificate, ring.sshCertificate});
    if (!ring.trustedCas.isEmpty() && !checkDirectory(paths.cas, true, error)) {
        return false;
    }
    for (auto it = ring.trustedCas.cbegin(); it != ring.trustedCas.cend(); ++it) {
        files.append({paths.cas + u'/' + it.key() + ".pem"_L1, it.value()});
    }
    // One set: a login that fails half-way (a full disk) must not leave a new key beside the
    // old certificates.
    if (!writeAllAtomically(files, error)) {
        return false;
    }
    // The other layout's TLS files would pair a stale certificate with this key: remove them
    // once the new ones are in place.
    return v17 ? removeFile(paths.legacyTlsCertificate, error) : removeFile(paths.tlsCertificate, error) && removeFile(paths.tlsKey, error);
}

std::optional<KeyRing> ProfileStore::loadKeys(const Profile &profile, QString *error) const
{
    if (!checkProfileNames(profile, error) || !checkDirectory(m_directory, false, error)) {
        return std::nullopt;
    }
    const KeyPaths paths = keyPaths(keyDirectory(profile.name), profile);
    if (!QFileInfo(paths.directory).isDir()) {
        fail(error, ServiceText::tr("there are no keys for the profile %1 (%2 does not exist): log in again").arg(profile.name, paths.directory));
        return std::nullopt;
    }
    if (!checkDirectory(m_directory + "/keys"_L1, false, error) || !checkDirectory(paths.directory, false, error)) {
        return std::nullopt;
    }

    KeyRing ring;
    QStringList missing;
    const auto read = [&](const QString &path, QByteArray *into) {
        switch (readFile(path, into, error)) {
        case ReadResult::Ok:
            return true;
        case ReadResult::Missing:
            missing << path;
            return true;
        case ReadResult::Failed:
            break;
        }
        return false;
    };
    if (!read(paths.sshKey, &ring.sshPrivateKey) || !read(paths.sshPublicKey, &ring.sshPublicKey) || !read(paths.sshCertificate, &ring.sshCertificate)) {
        return std::nullopt;
    }
    if (QFileInfo::exists(paths.tlsCertificate)) { // v17: a TLS key of its own
        if (!read(paths.tlsCertificate, &ring.tlsCertificate) || !read(paths.tlsKey, &ring.tlsPrivateKey)) {
            return std::nullopt;
        }
    } else if (QFileInfo::exists(paths.legacyTlsCertificate)) { // v16: the SSH key is the TLS key
        if (!read(paths.legacyTlsCertificate, &ring.tlsCertificate)) {
            return std::nullopt;
        }
    } else {
        missing << ServiceText::tr("%1 (or %2, as tsh 16 names it)").arg(paths.tlsCertificate, QFileInfo(paths.legacyTlsCertificate).fileName());
    }
    if (QFileInfo(paths.cas).isDir()) {
        const QFileInfoList cas = QDir(paths.cas).entryInfoList({u"*.pem"_s}, QDir::Files, QDir::Name);
        for (const QFileInfo &ca : cas) {
            const QString cluster = ca.completeBaseName();
            QByteArray pem;
            if (!nameProblem(cluster).isEmpty()) {
                continue;
            }
            if (!read(ca.filePath(), &pem)) {
                return std::nullopt;
            }
            ring.trustedCas.insert(cluster, pem);
        }
    } else {
        missing << paths.cas + u'/';
    }
    if (!missing.isEmpty()) {
        fail(error,
             ServiceText::tr("the keys of %1@%2 are incomplete, log in again; missing: %3").arg(profile.user, profile.name, CallerLanguage::listOf(missing)));
        return std::nullopt;
    }
    return ring;
}

bool ProfileStore::removeKeys(const Profile &profile, QString *error)
{
    if (!checkName(ServiceText::tr("profile name"), profile.name, error) || !checkDirectory(m_directory, false, error)) {
        return false;
    }
    const auto noted = qScopeGuard([&] {
        noteOwnWrite(profile.name);
    });
    return removeTree(keyDirectory(profile.name), error);
}

QString ProfileStore::sshKeyPath(const Profile &profile) const
{
    return checkProfileNames(profile, nullptr) ? keyPaths(keyDirectory(profile.name), profile).sshKey : QString();
}

QString ProfileStore::sshCertificatePath(const Profile &profile) const
{
    return checkProfileNames(profile, nullptr) ? keyPaths(keyDirectory(profile.name), profile).sshCertificate : QString();
}

QString ProfileStore::tlsCertificatePath(const Profile &profile) const
{
    if (!checkProfileNames(profile, nullptr)) {
        return {};
    }
    const KeyPaths paths = keyPaths(keyDirectory(profile.name), profile);
    if (!QFileInfo::exists(paths.tlsCertificate) && QFileInfo::exists(paths.legacyTlsCertificate)) {
        return paths.legacyTlsCertificate;
    }
    return paths.tlsCertificate;
}

QString ProfileStore::tlsKeyPath(const Profile &profile) const
{
    if (!checkProfileNames(profile, nullptr)) {
        return {};
    }
    const KeyPaths paths = keyPaths(keyDirectory(profile.name), profile);
    if (!QFileInfo::exists(paths.tlsCertificate) && QFileInfo::exists(paths.legacyTlsCertificate)) {
        return paths.sshKey;
    }
    return paths.tlsKey;
}

QString ProfileStore::caPath(const Profile &profile, const QString &cluster) const
{
    if (!checkName(ServiceText::tr("profile name"), profile.name, nullptr) || !checkName(ServiceText::tr("cluster name"), cluster, nullptr)) {
        return {};
    }
    return keyDirectory(profile.name) + "/cas/"_L1 + cluster + ".pem"_L1;
}

QString ProfileStore::knownHostsPath() const
{
    return m_directory + "/known_hosts"_L1;
}

std::optional<QByteArray>
knownHostsTrusting(const QByteArray &existing, const QString &proxyHost, const QString &cluster, const QList<QByteArray> &authorizedKeys, QString *error)
{
    if (!checkHostPattern(ServiceText::tr("proxy host"), proxyHost, error) || !checkHostPattern(ServiceText::tr("cluster name"), cluster, error)) {
        return std::nullopt;
    }
    const QByteArray prefix = "@cert-authority " + proxyHost.toUtf8() + ',' + cluster.toUtf8() + ",*." + cluster.toUtf8() + ' ';
    QList<QByteArray> added;
    for (const QByteArray &authorizedKey : authorizedKeys) {
        const QList<QByteArray> fields = authorizedKey.simplified().split(' ');
        const bool oneLine = !authorizedKey.trimmed().contains('\n') && !authorizedKey.contains('\r');
        const auto decoded =
            fields.size() >= 2 ? QByteArray::fromBase64Encoding(fields.at(1), QByteArray::AbortOnBase64DecodingErrors) : QByteArray::FromBase64Result{};
        if (!oneLine || !decoded || decoded.decoded.isEmpty() || fields.at(0).isEmpty()) {
            fail(error, ServiceText::tr("cannot trust the host CA of %1: a key is not one authorized_keys line (\"TYPE BASE64\")").arg(cluster));
            return std::nullopt;
        }
        const QByteArray line = prefix + fields.at(0) + ' ' + fields.at(1) + " type=host";
        if (!added.contains(line)) {
            added.append(line);
        }
    }
    QByteArray content;
    const QList<QByteArray> lines = existing.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty() && !line.startsWith(prefix)) {
            content += line + '\n';
        }
    }
    for (const QByteArray &line : std::as_const(added)) {
        content += line + '\n';
    }
    return content;
}

bool ProfileStore::trustHostCa(const QString &proxyHost, const QString &cluster, const QList<QByteArray> &authorizedKeys, QString *error)
{
    // The names and keys are checked before the file is touched.
    if (!knownHostsTrusting({}, proxyHost, cluster, authorizedKeys, error) || !ensureDirectories(m_directory, {}, error)) {
        return false;
    }

    // tsh rewrites known_hosts holding flock on it: take the same lock, on the file the path
    // names (it may have been replaced while we waited), and keep it until ours is in place.
    const QString path = knownHostsPath();
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    for (int waited = 0;; waited += 10) {
        fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd < 0) {
            return fail(error, ServiceText::tr("cannot open %1: %2").arg(path, errnoText(errno)));
        }
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            struct stat locked = {};
            struct stat named = {};
            if (::fstat(fd, &locked) == 0 && ::stat(native.constData(), &named) == 0 && locked.st_ino == named.st_ino && locked.st_dev == named.st_dev) {
                break;
            }
        } else if (errno != EWOULDBLOCK || waited >= KnownHostsLockMs) {
            const int err = errno;
            ::close(fd);
            return fail(error,
                        ServiceText::tr("cannot lock %1: %2").arg(path, err == EWOULDBLOCK ? ServiceText::tr("another program holds it") : errnoText(err)));
        }
        ::close(fd);
        QThread::msleep(10);
    }

    QByteArray existing;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            const int err = errno;
            ::close(fd);
            return fail(error, ServiceText::tr("cannot read %1: %2").arg(path, errnoText(err)));
        }
        if (n == 0 || existing.size() > MaxFileSize) {
            break;
        }
        existing.append(buffer, n);
    }
    const std::optional<QByteArray> content = knownHostsTrusting(existing, proxyHost, cluster, authorizedKeys, error);
    const bool written = content && writeAtomically(path, *content, error);
    ::close(fd); // releases the lock, now that the new file is in place
    return written;
}

bool ProfileStore::saveDatabaseCertificate(const Profile &profile,
                                           const QString &cluster,
                                           const QString &database,
                                           const QByteArray &certificatePem,
                                           const QByteArray &keyPem,
                                           QString *error)
{
    if (!checkProfileNames(profile, error) || !checkName(ServiceText::tr("cluster name"), cluster, error)
        || !checkName(ServiceText::tr("database name"), database, error)) {
        return false;
    }
    if (certificatePem.isEmpty()) {
        return fail(error, ServiceText::tr("cannot save the certificate for the database %1: it is empty").arg(database));
    }
    const QString userDb = profile.user + "-db"_L1;
    const auto noted = qScopeGuard([&] {
        noteOwnWrite(profile.name);
    });
    if (!ensureDirectories(m_directory, {u"keys"_s, profile.name, userDb, cluster}, error)) {
        return false;
    }
    const QString base = keyDirectory(profile.name) + u'/' + userDb + u'/' + cluster + u'/' + database;
    return writeAtomically(base + ".crt"_L1, certificatePem, error) && (keyPem.isEmpty() || writeAtomically(base + ".key"_L1, keyPem, error));
}

// ---- watching ----

QByteArray ProfileStore::fingerprint(const QString &name) const
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(profilePath(name)).constData(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return {};
    }
    QByteArray print = "yaml:" + statSummary(st) + '\n';
    QStringList files;
    QStringList directories;
    listTree(keyDirectory(name), MaxKeyDepth, &files, &directories);
    files += directories;
    files.sort();
    for (const QString &path : std::as_const(files)) {
        if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
            print += path.toUtf8() + ':' + statSummary(st) + '\n';
        }
    }
    return print;
}

void ProfileStore::noteOwnWrite(const QString &name)
{
    const QByteArray print = fingerprint(name);
    if (print.isEmpty()) {
        m_fingerprints.remove(name);
    } else {
        m_fingerprints.insert(name, print);
    }
    rearmWatcher();
}

void ProfileStore::rearmWatcher()
{
    if (!QFileInfo(m_directory).isDir()) {
        return;
    }
    QStringList wanted = {m_directory};
    const QString keys = m_directory + "/keys"_L1;
    if (QFileInfo(keys).isDir()) {
        wanted << keys;
    }
    const QStringList names = profileNames();
    for (const QString &name : names) {
        wanted << profilePath(name);
        const QString directory = keyDirectory(name);
        if (QFileInfo(directory).isDir() && !QFileInfo(directory).isSymLink()) {
            wanted << directory;
            listTree(directory, MaxKeyDepth, &wanted, &wanted);
        }
    }
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList missing;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path)) {
            missing << path;
        }
    }
    if (!missing.isEmpty()) {
        m_watcher->addPaths(missing);
    }
}

void ProfileStore::compareWithDisk()
{
    rearmWatcher();
    QStringList names = profileNames();
    for (auto it = m_fingerprints.cbegin(); it != m_fingerprints.cend(); ++it) {
        if (!names.contains(it.key())) {
            names << it.key();
        }
    }
    names.sort();
    QStringList changed;
    QStringList removed;
    for (const QString &name : std::as_const(names)) {
        const QByteArray print = fingerprint(name);
        const auto known = m_fingerprints.constFind(name);
        if (print.isEmpty()) {
            if (known != m_fingerprints.cend()) {
                m_fingerprints.remove(name);
                removed << name;
            }
        } else if (known == m_fingerprints.cend() || *known != print) {
            m_fingerprints.insert(name, print);
            changed << name;
        }
    }
    // A receiver may write through this store or delete it: signal only once the state is settled.
    const QPointer<ProfileStore> self(this);
    for (const QString &name : std::as_const(removed)) {
        qCInfo(TELETERM_DAEMON) << "profile" << name << "was removed on disk";
        Q_EMIT profileRemoved(name);
        if (!self) {
            return;
        }
    }
    for (const QString &name : std::as_const(changed)) {
        qCInfo(TELETERM_DAEMON) << "profile" << name << "changed on disk";
        Q_EMIT profileChanged(name);
        if (!self) {
            return;
        }
    }
}

} // namespace Teleterm::Daemon
