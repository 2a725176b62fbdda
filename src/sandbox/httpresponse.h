#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace Teleterm::Sandbox
{

struct HttpResponse {
    int status = 200;
    QByteArray body; // JSON
};

// Teleport's error body: {"error":{"message":"..."}}.
inline QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message}}}}).toJson(QJsonDocument::Compact);
}

} // namespace Teleterm::Sandbox
