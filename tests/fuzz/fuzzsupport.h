#pragma once

// Shared by the fuzz targets: a check that survives release builds and says what broke.
#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace numdesk::fuzz {

[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n  %s\n", what,
                 detail.toUtf8().toPercentEncoding(" :,.-+=<>!\"'[]{}()/@_").constData());
    std::abort();
}

inline void check(bool condition, const char *what, const QString &detail = {})
{
    if (!condition)
        fail(what, detail);
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace numdesk::fuzz
