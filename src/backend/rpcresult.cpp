#include "rpcresult.h"

#include <grpcpp/support/status.h>

namespace Teleterm::Backend
{

static_assert(int(RpcCode::Cancelled) == grpc::StatusCode::CANCELLED);
static_assert(int(RpcCode::DeadlineExceeded) == grpc::StatusCode::DEADLINE_EXCEEDED);
static_assert(int(RpcCode::NotFound) == grpc::StatusCode::NOT_FOUND);
static_assert(int(RpcCode::Aborted) == grpc::StatusCode::ABORTED);
static_assert(int(RpcCode::Unavailable) == grpc::StatusCode::UNAVAILABLE);
static_assert(int(RpcCode::Unauthenticated) == grpc::StatusCode::UNAUTHENTICATED);

namespace
{
class Text
{
    Q_DECLARE_TR_FUNCTIONS(RpcError)
};
} // namespace

RpcError describeLocalCallFailure(const grpc::Status &status, const QString &socketPath)
{
    RpcError error{int(status.error_code()), {}};
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
        error.message = Text::tr("Nothing answers at %1.").arg(socketPath);
        break;
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        error.message = Text::tr("No answer in time from %1.").arg(socketPath);
        break;
    case grpc::StatusCode::CANCELLED:
        error.message = Text::tr("The request was cancelled.");
        break;
    default:
        error.message = QString::fromStdString(status.error_message());
        if (error.message.isEmpty()) {
            error.message = Text::tr("The request failed (gRPC status %1).").arg(error.code);
        }
    }
    return error;
}

} // namespace Teleterm::Backend
