#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace numdesk {

// The language of the whole UI: Qt's own translation (the standard buttons: Cancel, Close,
// Apply, Restore Defaults), Numbers Desk's, QtKeychain's, and the language's locale as the
// default one, so that numbers and dates read as in that language ("3.000" in German).
// Installed while the object lives.
class UiLanguage
{
public:
    // `appTranslations`: the folder of numdesk_<lang>.qm (":/i18n" in the app). A language
    // without a translation of ours gets the English plural forms (numdesk_en.qm).
    explicit UiLanguage(const QLocale &language,
                        const QString &appTranslations = QStringLiteral(":/i18n"));
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    bool hasQtTranslation() const { return m_qtLoaded; }
    bool hasAppTranslation() const { return m_appLoaded; }

private:
    QTranslator m_qt;
    QTranslator m_app;
    QTranslator m_keychain;
    bool m_qtLoaded = false;
    bool m_appLoaded = false;
    bool m_keychainLoaded = false;
    QLocale m_previousDefault;
};

} // namespace numdesk
