#include "testhelpers.h"

#include <QFile>

namespace numdesk::test {

QByteArray readTestData(const QString &name)
{
    QFile file(QStringLiteral(NUMDESK_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data file %s", qPrintable(file.fileName()));
    return file.readAll();
}

} // namespace numdesk::test
