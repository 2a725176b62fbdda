#include "addclusterform.h"

namespace Teleterm::Models
{

AddClusterForm::AddClusterForm(QObject *parent)
    : QObject(parent)
{
}

void AddClusterForm::setAddress(const QString &text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    m_parsed = ProxyAddress::parse(text);
    Q_EMIT addressChanged();
}

QString AddClusterForm::error() const
{
    return m_text.trimmed().isEmpty() ? QString() : m_parsed.error;
}

} // namespace Teleterm::Models
