#include "uilanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace numdesk {

namespace {

// Where Debian's qt6keychain puts its translations (qtkeychain_de.qm, …).
const QString kKeychainTranslations = QStringLiteral("/usr/share/qt6keychain/translations");

} // namespace

UiLanguage::UiLanguage(const QLocale &language, const QString &appTranslations)
    : m_previousDefault(QLocale())
{
    // Qt's own strings come from qt6-translations-l10n (qtbase_<lang>.qm).
    m_qtLoaded = m_qt.load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(&m_qt);
    m_keychainLoaded = m_keychain.load(language, QStringLiteral("qtkeychain"), QStringLiteral("_"),
                                       kKeychainTranslations);
    if (m_keychainLoaded)
        QCoreApplication::installTranslator(&m_keychain);
    m_appLoaded =
        m_app.load(language, QStringLiteral("numdesk"), QStringLiteral("_"), appTranslations) ||
        m_app.load(appTranslations + QStringLiteral("/numdesk_en.qm"));
    if (m_appLoaded)
        QCoreApplication::installTranslator(&m_app);
    QLocale::setDefault(language);
}

UiLanguage::~UiLanguage()
{
    QLocale::setDefault(m_previousDefault);
    if (m_appLoaded)
        QCoreApplication::removeTranslator(&m_app);
    if (m_keychainLoaded)
        QCoreApplication::removeTranslator(&m_keychain);
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
}

} // namespace numdesk
