#pragma once

#include "fuzzcheck.h"
#include "profilestore.h"

namespace Teleterm::Fuzz
{

// What the daemon writes of a profile, it reads back: the same fields, the same other keys in the
// same order, and written again, the same file. Otherwise a profile would change each time it is
// saved, or a login would write one that no later start can read. (The other keys' values are
// their YAML source, which may read back reformatted: a plain scalar over two lines comes back on
// one, so they are compared as they are written.)
inline void checkProfileRoundTrip(const Daemon::Profile &profile)
{
    QByteArray yaml;
    QString error;
    if (!Daemon::emitProfile(profile, &yaml, &error)) {
        return; // refused with a reason, which the daemon passes on
    }
    Daemon::Profile again;
    again.name = profile.name;
    check(Daemon::parseProfile(yaml, QStringLiteral("emitted"), again, &error), "an emitted profile parses");
    Daemon::Profile fields = again;
    fields.otherKeys = profile.otherKeys;
    check(fields == profile, "an emitted profile reads back its fields");
    check(again.otherKeys.size() == profile.otherKeys.size(), "an emitted profile reads back its other keys");
    for (qsizetype i = 0; i < profile.otherKeys.size(); ++i) {
        check(again.otherKeys.at(i).first == profile.otherKeys.at(i).first, "an emitted profile keeps its other keys' order");
    }
    QByteArray rewritten;
    check(Daemon::emitProfile(again, &rewritten, &error), "a profile read back is written");
    if (rewritten == yaml) {
        return;
    }
    // libyaml may spell a tag in a key Teleterm does not know differently once (`!` as `!!str`,
    // a directive's tag in full); what it writes then must be settled: read and written again,
    // the same bytes.
    Daemon::Profile settled;
    check(Daemon::parseProfile(rewritten, QStringLiteral("rewritten"), settled, &error), "a rewritten profile parses");
    check(settled.otherKeys.size() == profile.otherKeys.size(), "a rewritten profile keeps its other keys");
    QByteArray third;
    check(Daemon::emitProfile(settled, &third, &error) && third == rewritten, "a profile is written the same once it has been rewritten");
}

} // namespace Teleterm::Fuzz
