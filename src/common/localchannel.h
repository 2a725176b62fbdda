#pragma once

#include <QString>

#include <memory>

namespace grpc
{
class Channel;
}

namespace Teleterm
{

// A gRPC channel to a local Teleterm service's Unix socket. It reconnects within a tenth of a
// second of the service coming (back) up: gRPC's default backoff (1 s, growing to 2 min) would
// keep reporting a restarted service unavailable long after it is up.
[[nodiscard]] std::shared_ptr<grpc::Channel> makeLocalChannel(const QString &socketPath);

} // namespace Teleterm
