// libFuzzer target for tsh's profile files (PROXYHOST.yaml), which tsh, other tools and people
// write into the profile directory: the bytes read as ProfileStore::load reads them, and every
// profile that reads written back and read again, as saving it after a login does.
#include "profilecheck.h"

using namespace Teleterm::Daemon;
using Teleterm::Fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    Profile profile;
    profile.name = QStringLiteral("proxy.example.com");
    QString error;
    if (!parseProfile(yaml, QStringLiteral("proxy.example.com.yaml"), profile, &error)) {
        check(!error.isEmpty(), "a profile refused says why");
        return 0;
    }
    check(!profile.webProxyAddress.isEmpty(), "a profile read has its web proxy");
    Teleterm::Fuzz::checkProfileRoundTrip(profile);
    return 0;
}
