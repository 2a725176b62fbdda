#pragma once

#include "calltracker.h"
#include "rpcresult.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

#include <grpcpp/client_context.h>
#include <grpcpp/support/status.h>

namespace Teleterm::Backend
{

// One unary call with gRPC's callback API, for the local services' channels: `start` begins it,
// `convert` turns the answer into Qt values on gRPC's thread, `describe` words a failure, and
// `done` gets the result on `dispatcher`'s thread unless `receiver` is gone by then. The call's
// context is kept by `calls` (its owner cancels and drains them) and returned to cancel it.
template<typename Request, typename Response, typename Value>
std::weak_ptr<grpc::ClientContext>
startUnary(CallTracker &calls,
           QObject *dispatcher,
           std::chrono::milliseconds timeout,
           Request request,
           const std::function<void(grpc::ClientContext *, const Request *, Response *, std::function<void(grpc::Status)>)> &start,
           std::function<Value(const Response &)> convert,
           std::function<RpcError(const grpc::Status &, const grpc::ClientContext &)> describe,
           QObject *receiver,
           std::function<void(const RpcResult<Value> &)> done)
{
    struct State {
        std::shared_ptr<grpc::ClientContext> context;
        Request request;
        Response response;
    };
    auto state = std::make_shared<State>();
    state->context = calls.begin(timeout);
    state->request = std::move(request);
    const QPointer<QObject> guard(receiver);
    start(state->context.get(),
          &state->request,
          &state->response,
          [&calls, dispatcher, state, guard, convert = std::move(convert), describe = std::move(describe), done = std::move(done)](grpc::Status status) {
              RpcResult<Value> result;
              if (status.ok()) {
                  result.value = convert(state->response);
              } else {
                  result.error = describe(status, *state->context);
              }
              state->request.Clear(); // a login's password goes as soon as the call is over
              QMetaObject::invokeMethod(
                  dispatcher,
                  [guard, done, result] {
                      if (guard) {
                          done(result);
                      }
                  },
                  Qt::QueuedConnection);
              calls.finish(std::move(state->context));
          });
    return state->context;
}

} // namespace Teleterm::Backend
