#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace grpc
{
class Channel;
}

namespace Teleterm::Cli
{

// The daemon's socket, with the daemon started first when none answers there, as the window
// does. Null with `error` set when no daemon answers within a few seconds.
[[nodiscard]] std::shared_ptr<grpc::Channel> connectToDaemon(const QStringList &daemonArguments, QString *error);

} // namespace Teleterm::Cli
