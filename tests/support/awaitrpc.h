#pragma once

#include "rpcresult.h"

#include <QTest>

#include <optional>

namespace Teleterm::Test
{

// One call of the daemon's API, waited for with the event loop running: `start` gets the callback
// to pass on (e.g. channel->login(..., this, done)). A call that gets no answer in a minute fails
// the test, and gives an empty result.
template<typename T, typename Start>
Backend::RpcResult<T> await(Start start)
{
    std::optional<Backend::RpcResult<T>> answer;
    start([&](const Backend::RpcResult<T> &result) {
        answer = result;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 60000);
    }();
    return answer.value_or(Backend::RpcResult<T>{});
}

} // namespace Teleterm::Test
