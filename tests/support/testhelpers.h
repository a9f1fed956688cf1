#pragma once

#include <QByteArray>
#include <QString>

namespace numdesk::test {

// Contents of tests/data/<name>; fails the calling test (QFAIL-style, via qFatal) when missing.
QByteArray readTestData(const QString &name);

} // namespace numdesk::test
