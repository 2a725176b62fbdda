#pragma once

// What the fuzz targets share: a broken invariant is a finding, reported the way libFuzzer reports
// a crash (abort, which leaves the input behind).
#include <cstdio>
#include <cstdlib>

namespace Teleterm::Fuzz
{

inline void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "broken: %s\n", what);
        std::abort();
    }
}

} // namespace Teleterm::Fuzz
