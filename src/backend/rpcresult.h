#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace grpc
{
class Status;
}

namespace Teleterm::Backend
{

// The gRPC status codes callers act on, by name, for code that does not include gRPC's headers
// (rpcresult.cpp checks them against grpc::StatusCode).
enum class RpcCode : int {
    Cancelled = 1,
    DeadlineExceeded = 4,
    NotFound = 5,
    Aborted = 10,
    Unavailable = 14,
    Unauthenticated = 16,
};

// A failed call, in words a person can act on.
struct RpcError {
    int code = 0; // grpc::StatusCode
    QString message;

    [[nodiscard]] bool is(RpcCode wanted) const
    {
        return code == int(wanted);
    }
};

// The outcome of one call, as plain Qt values: no protobuf type leaves src/backend.
template<typename T>
struct RpcResult {
    std::optional<T> value;
    RpcError error;
    [[nodiscard]] bool ok() const
    {
        return value.has_value();
    }
};

// Words for a failed call to a local service listening on `socketPath`.
[[nodiscard]] RpcError describeLocalCallFailure(const grpc::Status &status, const QString &socketPath);

} // namespace Teleterm::Backend
