#include "localchannel.h"

#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/channel_arguments.h>

namespace Teleterm
{

std::shared_ptr<grpc::Channel> makeLocalChannel(const QString &socketPath)
{
    grpc::ChannelArguments args;
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 100);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 100);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
    return grpc::CreateCustomChannel("unix:" + socketPath.toStdString(), grpc::InsecureChannelCredentials(), args);
}

} // namespace Teleterm
