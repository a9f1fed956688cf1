#pragma once

#include "lookupcache.h"
#include "numbertablemodel.h"
#include "sandboxhost.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <functional>
#include <memory>

namespace numdesk::test {

// Where GUI tests save their offscreen grabs ($NUMDESK_SCREENSHOT_DIR or ./screenshots).
inline QString screenshotPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("NUMDESK_SCREENSHOT_DIR",
                                             QDir::currentPath() + QStringLiteral("/screenshots"));
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString path = screenshotPath(name);
    const bool saved = widget->grab().save(path);
    if (saved)
        qInfo("screenshot: %s", qPrintable(path));
    return saved;
}

// Answers the next modal QMessageBox (the confirmation a click opens) by clicking the button whose
// text starts with `buttonText` (mnemonic '&' ignored). Its text goes into `seenText`; a grab of
// it into `screenshot` when given. Call before the click that opens it.
//
// The box is expected within five seconds. One that opens later (until the next call of this
// function, or a minute) fails the running test at once, naming the box, and is closed, so
// that the test does not sit in the box's event loop until ctest's timeout.
//
// The watchers still waiting for a late box: a new call retires them, so that the box it
// expects is not taken for an earlier one's.
inline QList<QPointer<QTimer>> &lateConfirmationWatchers()
{
    static QList<QPointer<QTimer>> watchers;
    return watchers;
}

inline void answerNextMessageBox(QObject *context, const QString &buttonText, QString *seenText,
                                 const QString &screenshot = {})
{
    QList<QPointer<QTimer>> &lateWatchers = lateConfirmationWatchers();
    for (const QPointer<QTimer> &late : std::as_const(lateWatchers)) {
        if (late)
            late->deleteLater();
    }
    lateWatchers.clear();
    // A timer that polls for the box (it opens in a nested event loop).
    auto *timer = new QTimer(context);
    timer->setInterval(50);
    auto triesLeft = std::make_shared<int>(100);      // 5 s
    auto lateTriesLeft = std::make_shared<int>(1200); // then a minute more
    QObject::connect(timer, &QTimer::timeout, context, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        const bool late = *triesLeft <= 0;
        if (!box) {
            if (!late && --*triesLeft <= 0)
                lateConfirmationWatchers().append(timer);
            else if (late && --*lateTriesLeft <= 0)
                timer->deleteLater();
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (late) {
            const QString what = QStringLiteral("The confirmation \"%1\" (%2) opened more than "
                                                "5 s after it was expected")
                                     .arg(box->windowTitle(), box->text().left(120));
            QTest::qFail(qPrintable(what), __FILE__, __LINE__);
            box->reject();
            return;
        }
        if (seenText)
            *seenText = box->text();
        if (!screenshot.isEmpty())
            saveScreenshot(box, screenshot);
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')).startsWith(buttonText)) {
                button->click();
                return;
            }
        }
        box->reject();
    });
    timer->start();
}

#ifdef NUMDESK_EN_QM
// The English plural forms the app installs ("1 number", "3 numbers"); without them Qt shows
// the source text "number(s)".
inline bool installEnglishPlurals()
{
    static QTranslator translator;
    return translator.load(QStringLiteral(NUMDESK_EN_QM)) &&
           QCoreApplication::installTranslator(&translator);
}
#endif

// A Workspace on a new in-process sandbox of `numbers` numbers in `dir` (journal there too), its
// four lookup lists loaded, the table showing number, offer and pool of every number. Null, with
// the reason in `error`, when it cannot start.
inline std::unique_ptr<Workspace> startWorkspace(const QTemporaryDir &dir, int numbers,
                                                 QString *error)
{
    auto workspace =
        std::make_unique<Workspace>(nullptr, dir.filePath(QStringLiteral("journal.jsonl")));
    if (!workspace->startSandbox(dir.filePath(QStringLiteral("sb.sqlite")), numbers, error))
        return nullptr;
    workspace->sandbox()->setRecordedRequestLimit(10000); // the tests read what was sent
    const bool ready = QTest::qWaitFor([&] {
        for (auto kind : schema::allLookupKinds()) {
            if (!workspace->lookups()->isLoaded(kind))
                return false;
        }
        return true;
    });
    NumberTableModel *model = workspace->model();
    model->setColumns(
        {QStringLiteral("number"), QStringLiteral("offer_id"), QStringLiteral("ring_pool_id")});
    model->setFilter({});
    if (!ready || !QTest::qWaitFor([model] { return model->total() > 0; })) {
        *error = QStringLiteral("the sandbox's lookups or first page did not load");
        return nullptr;
    }
    return workspace;
}

// The numbers of the table's rows from *nextRow on, as the table has them, waiting for each row
// to load; *nextRow moves past them so that the next test takes fresh ones.
inline QList<PhoneNumber> takeLoadedNumbers(NumberTableModel *model, int *nextRow, int count)
{
    QList<PhoneNumber> numbers;
    while (numbers.size() < count) {
        const int row = (*nextRow)++;
        if (!QTest::qWaitFor(
                [&] { return model->index(row, 0).data(NumberTableModel::LoadedRole).toBool(); }))
            break;
        numbers.append(*model->numberAt(row));
    }
    return numbers;
}

// Whether `widget` is the default button of its dialog: what Enter presses.
inline bool isDefaultButton(QWidget *widget)
{
    return widget->property("default").toBool();
}

// The JSON bodies of the requests of `method` the sandbox received.
inline QList<QJsonObject> bodiesOf(SandboxHost *sandbox, const QString &method)
{
    QList<QJsonObject> bodies;
    for (const auto &request : sandbox->receivedRequests()) {
        if (request.method == method)
            bodies.append(QJsonDocument::fromJson(request.body).object());
    }
    return bodies;
}

inline int countOf(SandboxHost *sandbox, const QString &method)
{
    return int(bodiesOf(sandbox, method).size());
}

} // namespace numdesk::test
