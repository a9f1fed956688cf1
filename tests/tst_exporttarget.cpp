// Where an export may write (issue 19, item 6): files through a temporary file beside them,
// renamed over them (as QSaveFile does, but readable while written), pipes and devices
// directly, links and other users' files refused. The tests run as root (the chown needs it).
#include "exporttarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace numdesk;

class tst_ExportTarget : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString makeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void shouldTellWhatEachPathIs()
    {
        ExportTarget::Kind kind = ExportTarget::Kind::Stream;
        QCOMPARE(ExportTarget::problem(m_dir.filePath("new.csv"), &kind), QString());
        QCOMPARE(kind, ExportTarget::Kind::File);
        const QString own = makeFile("own.csv", "old\n");
        QCOMPARE(ExportTarget::problem(own, &kind), QString());
        QCOMPARE(kind, ExportTarget::Kind::File);
        QCOMPARE(ExportTarget::problem("-", &kind), QString());
        QCOMPARE(kind, ExportTarget::Kind::Stream);
        QCOMPARE(ExportTarget::displayName("-"), QStringLiteral("standard output"));
        QCOMPARE(ExportTarget::problem("/dev/null", &kind), QString());
        QCOMPARE(kind, ExportTarget::Kind::Stream);
        const QString fifo = m_dir.filePath("pipe");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QCOMPARE(ExportTarget::problem(fifo, &kind), QString());
        QCOMPARE(kind, ExportTarget::Kind::Stream);

        QCOMPARE(ExportTarget::problem(m_dir.path()),
                 QStringLiteral("it is a folder; name a file"));
        QCOMPARE(ExportTarget::problem(m_dir.filePath("no/such/x.csv")),
                 QStringLiteral("cannot write in the folder %1").arg(m_dir.filePath("no/such")));
    }

    void shouldRefuseASymbolicLinkAndLeaveItsTargetAlone()
    {
        const QString secret = makeFile("secret", "root's\n");
        const QString link = m_dir.filePath("link.csv");
        QVERIFY(QFile::link(secret, link));
        QCOMPARE(ExportTarget::problem(link),
                 QStringLiteral("it is a symbolic link; name the file itself"));
        ExportTarget target(link);
        QVERIFY(!target.open());
        QCOMPARE(target.errorString(),
                 QStringLiteral("it is a symbolic link; name the file itself"));
        QCOMPARE(contents(secret), QByteArray("root's\n"));
        QVERIFY(QFileInfo(link).isSymLink());
        // A link to nowhere, too.
        const QString dangling = m_dir.filePath("dangling.csv");
        QVERIFY(QFile::link(m_dir.filePath("nothing"), dangling));
        QCOMPARE(ExportTarget::problem(dangling),
                 QStringLiteral("it is a symbolic link; name the file itself"));
    }

    void shouldRefuseAFileOfAnotherUser()
    {
        const QString theirs = makeFile("theirs.csv", "theirs\n");
        QVERIFY2(::chown(QFile::encodeName(theirs).constData(), 65534, 65534) == 0,
                 "the test needs root to give a file to uid 65534");
        QCOMPARE(ExportTarget::problem(theirs),
                 QStringLiteral("it belongs to another user and is not replaced"));
        ExportTarget target(theirs);
        QVERIFY(!target.open());
        QCOMPARE(contents(theirs), QByteArray("theirs\n"));
    }

    void shouldReplaceAFileOnlyOnCommit()
    {
        const QString path = makeFile("replace.csv", "old\n");
        {
            ExportTarget target(path);
            QVERIFY(target.open());
            QCOMPARE(target.kind(), ExportTarget::Kind::File);
            QVERIFY(target.write("new\n"));
            QCOMPARE(contents(path), QByteArray("old\n"));
            // Dropped without commit: the file stays as it was.
        }
        QCOMPARE(contents(path), QByteArray("old\n"));
        ExportTarget target(path);
        QVERIFY(target.open());
        QVERIFY(target.write("new\n"));
        QVERIFY(target.commit());
        QCOMPARE(contents(path), QByteArray("new\n"));
    }

    void shouldWriteATemporaryFileBesideItThatCanBeReadBack()
    {
        const QString path = m_dir.filePath("beside.csv");
        ExportTarget target(path);
        QVERIFY(target.open());
        const QString temporary = target.temporaryPath();
        QCOMPARE(QFileInfo(temporary).absolutePath(), QFileInfo(path).absolutePath());
        QVERIFY2(QFileInfo(temporary).fileName().startsWith("beside.csv."), qPrintable(temporary));
        QVERIFY(target.write("a,b\r\n"));
        QVERIFY(target.write("1,2\r\n"));
        QVERIFY(target.flush());
        QCOMPARE(contents(temporary), QByteArray("a,b\r\n1,2\r\n"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(target.commit());
        QCOMPARE(contents(path), QByteArray("a,b\r\n1,2\r\n"));
        QVERIFY(!QFile::exists(temporary));
        QVERIFY(target.temporaryPath().isEmpty());

        ExportTarget dropped(m_dir.filePath("dropped.csv"));
        QVERIFY(dropped.open());
        const QString droppedTemporary = dropped.temporaryPath();
        QVERIFY(dropped.write("x\r\n"));
        dropped.discard();
        QVERIFY(!QFile::exists(droppedTemporary));
        QVERIFY(!QFile::exists(m_dir.filePath("dropped.csv")));
    }

    void shouldKeepThePermissionsOfTheFileItReplacesAndTheUmaskForANewOne()
    {
        const mode_t before = ::umask(027);
        const QString replaced = makeFile("permissions.csv", "old\n");
        QVERIFY(::chmod(QFile::encodeName(replaced).constData(), 0604) == 0);
        ExportTarget target(replaced);
        QVERIFY(target.open());
        struct stat info = {};
        // The replaced file's permissions from the start.
        QVERIFY(::stat(QFile::encodeName(target.temporaryPath()).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0604));
        QVERIFY(target.write("new\n"));
        QVERIFY(target.commit());
        QVERIFY(::stat(QFile::encodeName(replaced).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0604));

        const QString fresh = m_dir.filePath("fresh.csv");
        ExportTarget created(fresh);
        QVERIFY(created.open());
        QVERIFY(created.write("new\n"));
        QVERIFY(created.commit());
        ::umask(before);
        QVERIFY(::stat(QFile::encodeName(fresh).constData(), &info) == 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0640)); // 0666 less the umask 027
    }

    void shouldFailTheCommitAndLeaveNothingWhenTheRenameFails()
    {
        // The path became a folder while the file was written: the rename cannot replace it.
        const QString path = m_dir.filePath("became-a-folder.csv");
        ExportTarget target(path);
        QVERIFY(target.open());
        const QString temporary = target.temporaryPath();
        QVERIFY(target.write("rows\n"));
        QVERIFY(QDir().mkdir(path));
        QVERIFY(!target.commit());
        QVERIFY2(!target.errorString().isEmpty(), "no reason given");
        QVERIFY(!QFile::exists(temporary));
        QVERIFY(QFileInfo(path).isDir());
    }

    void shouldWriteAPipeDirectlyAndFailWhenNobodyReadsIt()
    {
        const QString fifo = m_dir.filePath("direct");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        {
            ExportTarget target(fifo);
            QVERIFY(!target.open());
            QCOMPARE(target.errorString(), QStringLiteral("no program reads from this named pipe"));
        }
        const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
        QVERIFY(reader >= 0);
        ExportTarget target(fifo);
        QVERIFY2(target.open(), qPrintable(target.errorString()));
        QCOMPARE(target.kind(), ExportTarget::Kind::Stream);
        QVERIFY(target.write("id\r\n1\r\n"));
        QVERIFY(target.commit());
        char buffer[64] = {};
        const ssize_t got = ::read(reader, buffer, sizeof buffer);
        ::close(reader);
        QCOMPARE(QByteArray(buffer, int(got)), QByteArray("id\r\n1\r\n"));
        struct stat info = {};
        QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode)); // written, not replaced
    }

    void shouldFailWithTheReasonWhenADeviceIsFull()
    {
        ExportTarget target(QStringLiteral("/dev/full"));
        QVERIFY2(target.open(), qPrintable(target.errorString()));
        QVERIFY(!target.write(QByteArray(4096, 'x')));
        QCOMPARE(target.errorString(), QStringLiteral("No space left on device"));
        struct stat info = {};
        QCOMPARE(::stat("/dev/full", &info), 0);
        QVERIFY(S_ISCHR(info.st_mode));
    }
};

QTEST_GUILESS_MAIN(tst_ExportTarget)
#include "tst_exporttarget.moc"
