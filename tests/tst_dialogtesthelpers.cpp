// The GUI tests' own helper must fail a test at once when a confirmation opens late, instead of
// sitting in the box's event loop until ctest's timeout (issue 13). The late box is played by a
// child run of this executable, whose failure is the thing checked.
#include "dialogtesthelpers.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QProcess>
#include <QTest>

using namespace numdesk;

namespace {

const char kChildArgument[] = "--late-box-child";

// The child: expects a box, opens it only once the helper has given up waiting for it on time
// (no race: it polls the helper's own state, not the clock), then says whether exec() returned.
class LateBoxChild : public QObject
{
    Q_OBJECT

private slots:
    void openTheBoxLate()
    {
        QWidget window;
        window.show();
        QString seen;
        test::answerNextMessageBox(&window, QStringLiteral("OK"), &seen);
        QTRY_VERIFY_WITH_TIMEOUT(!test::lateConfirmationWatchers().isEmpty(), 60000);
        QMessageBox box(QMessageBox::Warning, QStringLiteral("Unrent 3 Numbers?"),
                        QStringLiteral("The late box of tst_dialogtesthelpers"), QMessageBox::Ok,
                        &window);
        box.exec();
        qInfo("child: the box's event loop returned");
    }
};

} // namespace

class tst_DialogTestHelpers : public QObject
{
    Q_OBJECT

private slots:
    void shouldFailATestAtOnceWhenAConfirmationOpensLate()
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildArgument)});
        QVERIFY(child.waitForStarted());
        // Well under ctest's 300 s; a box nobody answers would keep the child until killed.
        const bool ended = child.waitForFinished(120000);
        const QString output = QString::fromLocal8Bit(child.readAll());
        if (!ended)
            child.kill();
        QVERIFY2(ended, qPrintable(output));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QVERIFY2(child.exitCode() != 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("FAIL!  : LateBoxChild::openTheBoxLate()")),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("The confirmation \"Unrent 3 Numbers?\" (The late "
                                                "box of tst_dialogtesthelpers) opened more than "
                                                "5 s after it was expected")),
                 qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("child: the box's event loop returned")),
                 qPrintable(output));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], kChildArgument) == 0) {
        LateBoxChild child;
        return QTest::qExec(&child, 1, argv);
    }
    tst_DialogTestHelpers test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dialogtesthelpers.moc"
