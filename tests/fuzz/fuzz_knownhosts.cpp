// libFuzzer target for known_hosts, which tsh, OpenSSH and people write too, and the host CA keys
// a proxy hands over at login: the input's first line is the key (an authorized_keys line), the
// rest the file as it was; ProfileStore::trustHostCa writes what knownHostsTrusting makes of them.
#include "fuzzcheck.h"
#include "profilestore.h"

#include <algorithm>

using namespace Teleterm::Daemon;
using Teleterm::Fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray key = newline < 0 ? input : input.left(newline);
    const QByteArray existing = newline < 0 ? QByteArray() : input.mid(newline + 1);

    QString error;
    const std::optional<QByteArray> written = knownHostsTrusting(existing, QStringLiteral("proxy.example.com"), QStringLiteral("example"), {key}, &error);
    if (!written) {
        check(!error.isEmpty(), "a key refused says why");
        return 0;
    }
    const QByteArray prefix = "@cert-authority proxy.example.com,example,*.example ";
    const QList<QByteArray> lines = written->split('\n');
    check(lines.last().isEmpty(), "known_hosts ends with a newline");
    const auto trusting = std::count_if(lines.cbegin(), lines.cend(), [&](const QByteArray &line) {
        return line.startsWith(prefix);
    });
    check(trusting == 1 && lines.at(lines.size() - 2).startsWith(prefix) && lines.at(lines.size() - 2).endsWith(" type=host"),
          "the cluster's host CA is trusted once, on its own line");
    // Every other line is kept as it was, in its order.
    QList<QByteArray> kept;
    for (const QByteArray &line : existing.split('\n')) {
        if (!line.isEmpty() && !line.startsWith(prefix)) {
            kept.append(line);
        }
    }
    check(lines.mid(0, lines.size() - 2) == kept, "the other lines are kept");
    // Trusting the same key again changes nothing.
    check(knownHostsTrusting(*written, QStringLiteral("proxy.example.com"), QStringLiteral("example"), {key}, &error) == written,
          "trusting twice is trusting once");
    return 0;
}
