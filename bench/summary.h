#pragma once
// Every benchmark adds its headline figures to the file $BENCH_SUMMARY names (when it is set), one
// line a figure, and bench/run prints them all as one table at the end, each beside the figures of
// the references it is compared with. Tab-separated: key, what it is, value, unit, which way is
// better ("lower" or "higher"), and the keys of its references (comma-separated, maybe none). A
// reference is a line of its own, measured in the same run.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace Teleterm::Bench
{

enum class Better { Lower, Higher };

inline void summarize(const char *key, const QString &what, double value, const char *unit, Better better, const QStringList &references = {})
{
    const QString path = qEnvironmentVariable("BENCH_SUMMARY");
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        return;
    }
    file.write(QByteArray(key) + '\t' + what.toUtf8() + '\t' + QByteArray::number(value, 'f', 2) + '\t' + unit + '\t'
               + (better == Better::Lower ? "lower" : "higher") + '\t' + references.join(u',').toUtf8() + '\n');
}

} // namespace Teleterm::Bench
