#pragma once

#include "sandboxhost.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
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
inline void answerNextMessageBox(QObject *context, const QString &buttonText, QString *seenText,
                                 const QString &screenshot = {})
{
    auto attempt = std::make_shared<std::function<void(int)>>();
    *attempt = [=](int triesLeft) {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (triesLeft > 0)
                QTimer::singleShot(50, context, [=] { (*attempt)(triesLeft - 1); });
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
    };
    QTimer::singleShot(50, context, [=] { (*attempt)(100); });
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
