#pragma once

#include "servicehost.h"

#include <memory>

#include "ptyhost/v1/ptyhost.grpc.pb.h"

class QThread;

namespace Teleterm::PtyHost
{

class PtyRegistry;

// ptyhost.v1.PtyHostService, with gRPC's callback API: no call holds a thread. The PTYs live on
// an I/O thread of their own (PtyRegistry); each call posts its work there. When the application
// is about to quit, every stream is ended and every program hung up and waited for.
class PtyHostService final : public ptyhost::v1::PtyHostService::CallbackService
{
public:
    explicit PtyHostService(ServiceIdentity identity);
    ~PtyHostService() override;
    PtyHostService(const PtyHostService &) = delete;
    PtyHostService &operator=(const PtyHostService &) = delete;

    grpc::ServerUnaryReactor *
    GetHealth(grpc::CallbackServerContext *context, const ptyhost::v1::GetHealthRequest *request, ptyhost::v1::Health *response) override;
    grpc::ServerUnaryReactor *
    CreatePtyProcess(grpc::CallbackServerContext *context, const ptyhost::v1::CreatePtyProcessRequest *request, ptyhost::v1::PtyId *response) override;
    grpc::ServerUnaryReactor *ListPtyProcesses(grpc::CallbackServerContext *context,
                                               const ptyhost::v1::ListPtyProcessesRequest *request,
                                               ptyhost::v1::ListPtyProcessesResponse *response) override;
    grpc::ServerUnaryReactor *GetCwd(grpc::CallbackServerContext *context, const ptyhost::v1::PtyId *request, ptyhost::v1::PtyCwd *response) override;
    grpc::ServerUnaryReactor *
    KillPtyProcess(grpc::CallbackServerContext *context, const ptyhost::v1::PtyId *request, ptyhost::v1::KillPtyProcessResponse *response) override;
    grpc::ServerBidiReactor<ptyhost::v1::PtyClientEvent, ptyhost::v1::PtyServerEvent> *ManagePtyProcess(grpc::CallbackServerContext *context) override;

    // Ends every stream and hangs up every PTY, waiting for their programs. Blocks.
    void hangUpAll();

private:
    // Runs `work` on the PTYs' thread and finishes the call with the status it returns.
    template<typename Work>
    grpc::ServerUnaryReactor *onPtyThread(grpc::CallbackServerContext *context, Work work);

    const ServiceIdentity m_identity;
    std::unique_ptr<QThread> m_thread;
    PtyRegistry *m_registry; // lives on m_thread
};

} // namespace Teleterm::PtyHost
