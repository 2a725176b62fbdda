#include "paths.h"
#include "ptyhostservice.h"
#include "servicehost.h"

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    return Teleterm::runServiceMain(
        argc,
        argv,
        {
            .program = u"teleterm-ptyhost"_s,
            .description = QT_TRANSLATE_NOOP("ServiceText", "Teleterm's PTY host: owns the terminals' pseudo-terminals so that they outlive the window."),
            .socketPath = Teleterm::Paths::ptyHostSocketPath(),
            .logFileName = u"ptyhost.log"_s,
            .addOptions = {},
            .makeServices =
                [](const QCommandLineParser &, const Teleterm::ServiceIdentity &identity) {
                    std::vector<std::unique_ptr<grpc::Service>> services;
                    services.push_back(std::make_unique<Teleterm::PtyHost::PtyHostService>(identity));
                    return services;
                },
        });
}
