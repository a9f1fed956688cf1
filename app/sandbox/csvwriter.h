#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace numdesk::sandbox {

// RFC 4180 CSV in UTF-8: CRLF line ends; a field holding a comma, a double quote, CR or LF is
// quoted, with its double quotes doubled.
class CsvWriter
{
public:
    void addRow(const QStringList &fields);
    QByteArray data() const { return m_data; }

    static QString quoted(const QString &field);

private:
    QByteArray m_data;
};

} // namespace numdesk::sandbox
