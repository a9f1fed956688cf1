#include "profileeditdialog.h"

#include "secretstores.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace numdesk {

namespace {

const QRegularExpression &subdomainPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$"));
    return pattern;
}

// "acme" for "https://acme.trackdrive.com", "acme.trackdrive.com/" or "acme"; empty otherwise.
QString subdomainOf(const QString &baseUrl)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            R"(^(?:https://)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\.trackdrive\.com)?/?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(baseUrl.trimmed());
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QLineEdit *secretEdit(const QString &accessibleName, QLineEdit::EchoMode echo)
{
    auto *edit = new QLineEdit;
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(echo);
    edit->setClearButtonEnabled(true);
    // Secrets are neither offered for completion nor kept by input methods.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData |
                              Qt::ImhNoAutoUppercase);
    return edit;
}

} // namespace

QColor errorTextColor(const QPalette &palette)
{
    // Readable on light and dark palettes alike.
    return palette.color(QPalette::Window).lightness() > 128 ? QColor(176, 0, 32)
                                                             : QColor(255, 128, 128);
}

ProfileEditDialog::ProfileEditDialog(ProfileStore &profiles, SecretStores &secrets,
                                     std::optional<Profile> existing, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_existing(std::move(existing))
    , m_tester(new ConnectionTester(this))
{
    setWindowTitle(m_existing ? tr("Edit Profile") : tr("Add Profile"));
    buildForm();
    connect(m_tester, &ConnectionTester::finished, this,
            [this](const ConnectionTestResult &result) {
                setBusy(false);
                showStatus(result.message, !result.ok());
                m_status->setToolTip(result.detail);
                emit testFinished(result);
            });
    if (m_existing) {
        load(*m_existing);
        // Whether secrets are saved, and for which method: empty fields may then keep them.
        m_secrets.current()->read(m_existing->name, std::nullopt, this,
                                  [this](const SecretResult &result) {
                                      if (result.ok() && result.credentials)
                                          m_savedMethod = result.credentials->method;
                                      updateSecretPlaceholders();
                                      updateState();
                                  });
    }
    updateSecretPlaceholders();
    updateState();
}

ProfileEditDialog::~ProfileEditDialog() = default;

void ProfileEditDialog::buildForm()
{
    auto *form = new QFormLayout;

    m_name = new QLineEdit;
    m_name->setAccessibleName(tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. acme-live"));
    m_name->setToolTip(tr("Letters, digits, '-', '_' and '.'; the name the command line uses "
                          "too"));
    m_name->setMaxLength(64);
    auto *nameLabel = new QLabel(tr("&Name:"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);

    m_useSubdomain = new QRadioButton(tr("TrackDrive &subdomain:"));
    m_useSubdomain->setAccessibleName(tr("Use a TrackDrive subdomain"));
    m_subdomain = new QLineEdit;
    m_subdomain->setAccessibleName(tr("Subdomain"));
    m_subdomain->setPlaceholderText(tr("acme"));
    auto *suffix = new QLabel(QStringLiteral(".trackdrive.com"));
    suffix->setAccessibleName(tr("Subdomain suffix"));
    auto *subdomainRow = new QHBoxLayout;
    subdomainRow->addWidget(m_subdomain, 1);
    subdomainRow->addWidget(suffix);
    m_useBaseUrl = new QRadioButton(tr("Full &base URL:"));
    m_useBaseUrl->setAccessibleName(tr("Use a full base URL"));
    m_baseUrl = new QLineEdit;
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(tr("https://acme.trackdrive.net"));
    m_addressPreview = new QLabel;
    m_addressPreview->setAccessibleName(tr("Address preview"));
    m_addressPreview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_addressPreview->setWordWrap(true);
    m_useSubdomain->setChecked(true);
    auto *address = new QGridLayout;
    address->addWidget(m_useSubdomain, 0, 0);
    address->addLayout(subdomainRow, 0, 1);
    address->addWidget(m_useBaseUrl, 1, 0);
    address->addWidget(m_baseUrl, 1, 1);
    address->addWidget(m_addressPreview, 2, 0, 1, 2);
    address->setColumnStretch(1, 1);
    form->addRow(tr("Address:"), address);

    m_method = new QComboBox;
    m_method->setAccessibleName(tr("Authentication method"));
    m_method->addItem(tr("Public and private key"), int(AuthMethod::Basic));
    m_method->addItem(tr("Access token"), int(AuthMethod::Token));
    m_method->addItem(tr("Legacy auth token (in the URL)"), int(AuthMethod::AuthTokenQuery));
    auto *methodLabel = new QLabel(tr("&Authentication:"));
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, m_method);

    // The secret fields of every method in the one form (so that they line up with the rest);
    // only the chosen method's rows are shown (showSecretRows).
    m_form = form;
    m_publicKey = secretEdit(tr("Public key"), QLineEdit::Normal);
    m_privateKey = secretEdit(tr("Private key"), QLineEdit::Password);
    m_accessToken = secretEdit(tr("Access token"), QLineEdit::Password);
    m_authToken = secretEdit(tr("Auth token"), QLineEdit::Password);
    form->addRow(buddyLabel(tr("&Public key:"), m_publicKey), m_publicKey);
    form->addRow(buddyLabel(tr("P&rivate key:"), m_privateKey), m_privateKey);
    form->addRow(buddyLabel(tr("Access &token:"), m_accessToken), m_accessToken);
    form->addRow(buddyLabel(tr("Auth t&oken:"), m_authToken), m_authToken);
    m_legacyWarning = new QLabel(tr("The auth token travels in every request's address, where "
                                    "proxies and server logs may keep it. Prefer a key pair or "
                                    "an access token."));
    m_legacyWarning->setAccessibleName(tr("Legacy auth token warning"));
    m_legacyWarning->setWordWrap(true);
    form->addRow(QString(), m_legacyWarning);

    m_secretsWhere = new QLabel;
    m_secretsWhere->setAccessibleName(tr("Where secrets are kept"));
    m_secretsWhere->setWordWrap(true);
    form->addRow(m_secretsWhere);

    m_status = new QLabel;
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_test = m_buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    m_test->setAccessibleName(tr("Test Connection"));
    m_test->setAutoDefault(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ProfileEditDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ProfileEditDialog::testConnection);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit :
         {m_name, m_subdomain, m_baseUrl, m_publicKey, m_privateKey, m_accessToken, m_authToken})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditDialog::updateState);
    connect(m_useSubdomain, &QRadioButton::toggled, this, &ProfileEditDialog::updateState);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this](int index) {
        Q_UNUSED(index);
        showSecretRows();
        updateSecretPlaceholders();
        updateState();
    });
    // Typing in a field chooses its kind of address.
    connect(m_subdomain, &QLineEdit::textEdited, m_useSubdomain,
            [this] { m_useSubdomain->setChecked(true); });
    connect(m_baseUrl, &QLineEdit::textEdited, m_useBaseUrl,
            [this] { m_useBaseUrl->setChecked(true); });
    connect(&m_secrets, &SecretStores::changed, this, &ProfileEditDialog::updateState);
    showSecretRows();
    setMinimumWidth(520);
}

void ProfileEditDialog::showSecretRows()
{
    const AuthMethod method = AuthMethod(m_method->currentData().toInt());
    m_form->setRowVisible(m_publicKey, method == AuthMethod::Basic);
    m_form->setRowVisible(m_privateKey, method == AuthMethod::Basic);
    m_form->setRowVisible(m_accessToken, method == AuthMethod::Token);
    m_form->setRowVisible(m_authToken, method == AuthMethod::AuthTokenQuery);
    m_form->setRowVisible(m_legacyWarning, method == AuthMethod::AuthTokenQuery);
}

void ProfileEditDialog::load(const Profile &profile)
{
    m_name->setText(profile.name);
    m_name->setReadOnly(true);
    m_name->setToolTip(tr("A profile keeps its name; add a new one to use another name."));
    const QString subdomain = subdomainOf(profile.baseUrl);
    if (!subdomain.isEmpty()) {
        m_subdomain->setText(subdomain);
        m_useSubdomain->setChecked(true);
    } else {
        m_baseUrl->setText(profile.baseUrl);
        m_useBaseUrl->setChecked(true);
    }
    m_method->setCurrentIndex(m_method->findData(int(profile.auth)));
}

Profile ProfileEditDialog::profile() const
{
    Profile p;
    p.name = m_name->text().trimmed();
    p.baseUrl = m_useSubdomain->isChecked() ? QStringLiteral("https://%1.trackdrive.com")
                                                  .arg(m_subdomain->text().trimmed().toLower())
                                            : m_baseUrl->text().trimmed();
    p.auth = AuthMethod(m_method->currentData().toInt());
    return p;
}

Credentials ProfileEditDialog::typedCredentials() const
{
    Credentials c;
    c.method = AuthMethod(m_method->currentData().toInt());
    switch (c.method) {
    case AuthMethod::Basic:
        c.publicKey = m_publicKey->text().trimmed();
        c.privateKey = m_privateKey->text().trimmed();
        break;
    case AuthMethod::Token:
        c.token = m_accessToken->text().trimmed();
        break;
    case AuthMethod::AuthTokenQuery:
        c.token = m_authToken->text().trimmed();
        break;
    }
    return c;
}

bool ProfileEditDialog::secretsTyped() const
{
    const Credentials c = typedCredentials();
    return !c.publicKey.isEmpty() || !c.privateKey.isEmpty() || !c.token.isEmpty();
}

bool ProfileEditDialog::isReservedName(const QString &name)
{
    return name.trimmed().compare(QLatin1String("sandbox"), Qt::CaseInsensitive) == 0;
}

QString ProfileEditDialog::problem() const
{
    const Profile p = profile();
    if (p.name.isEmpty())
        return tr("Enter a name for the profile.");
    if (!m_existing) {
        if (isReservedName(p.name))
            return tr("'%1' is the built-in sandbox's name; choose another.").arg(p.name);
        if (!ProfileStore::isValidName(p.name))
            return tr("'%1' cannot be a profile name: use letters, digits, '-', '_' and '.'.")
                .arg(p.name);
        if (m_profiles.contains(p.name))
            return tr("A profile named '%1' exists already.").arg(p.name);
    }
    if (m_useSubdomain->isChecked()) {
        const QString subdomain = m_subdomain->text().trimmed();
        if (subdomain.isEmpty())
            return tr("Enter the account's subdomain.");
        if (!subdomainPattern().match(subdomain).hasMatch())
            return tr("A subdomain is letters, digits and '-'. For another address choose "
                      "Full base URL.");
    }
    QString addressError;
    if (!Account::apiBaseFromInput(p.baseUrl, &addressError))
        return addressError;
    const Credentials c = typedCredentials();
    if (secretsTyped() && !c.isComplete())
        return tr("Enter both the public and the private key.");
    if (!secretsTyped() && m_savedMethod != c.method) {
        switch (c.method) {
        case AuthMethod::Basic:
            return tr("Enter the public and the private key.");
        case AuthMethod::Token:
            return tr("Enter the access token.");
        case AuthMethod::AuthTokenQuery:
            return tr("Enter the auth token.");
        }
    }
    return {};
}

void ProfileEditDialog::updateSecretPlaceholders()
{
    const AuthMethod method = AuthMethod(m_method->currentData().toInt());
    const QString kept = m_savedMethod == method ? tr("Saved; leave empty to keep") : QString();
    for (QLineEdit *edit : {m_publicKey, m_privateKey, m_accessToken, m_authToken})
        edit->setPlaceholderText(kept);
    if (kept.isEmpty()) {
        m_publicKey->setPlaceholderText(tr("tdpub…"));
        m_privateKey->setPlaceholderText(tr("tdprv…"));
    }
}

void ProfileEditDialog::updateState()
{
    const Profile p = profile();
    m_subdomain->setEnabled(m_useSubdomain->isChecked());
    m_baseUrl->setEnabled(m_useBaseUrl->isChecked());
    QString addressError;
    const std::optional<QUrl> base = Account::apiBaseFromInput(p.baseUrl, &addressError);
    m_addressPreview->setText(base ? tr("Requests go to %1").arg(base->toString()) : QString());

    SecretStore *store = m_secrets.current();
    if (!store)
        m_secretsWhere->clear();
    else if (store == m_secrets.store(SecretStorage::Session))
        m_secretsWhere->setText(tr("Secrets are kept in memory until Numbers Desk closes: you "
                                   "type them again after each start."));
    else
        m_secretsWhere->setText(tr("Secrets are saved in %1.").arg(store->sourceName()));

    const QString why = problem();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_busy && why.isEmpty());
    m_test->setEnabled(!m_busy && why.isEmpty());
    if (!m_busy)
        showStatus(why, false);
}

void ProfileEditDialog::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setToolTip(QString());
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, error ? errorTextColor(QWidget::palette())
                                                 : QWidget::palette().color(QPalette::WindowText));
    m_status->setPalette(palette);
}

void ProfileEditDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy) {
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        m_test->setEnabled(false);
    } else {
        updateState();
    }
}

void ProfileEditDialog::setConnectionOptions(int timeoutMs, bool http2)
{
    m_tester->setTimeout(timeoutMs);
    m_tester->setHttp2Enabled(http2);
}

void ProfileEditDialog::withCredentials(
    const std::function<void(std::optional<Credentials>, QString)> &then)
{
    if (secretsTyped()) {
        then(typedCredentials(), QString());
        return;
    }
    if (!m_existing) {
        then(std::nullopt, problem());
        return;
    }
    const AuthMethod method = AuthMethod(m_method->currentData().toInt());
    m_secrets.current()->read(m_existing->name, method, this, [then](const SecretResult &result) {
        if (result.ok() && result.credentials)
            then(result.credentials, QString());
        else
            then(std::nullopt, result.message);
    });
}

void ProfileEditDialog::testConnection()
{
    const QString why = problem();
    if (!why.isEmpty()) {
        showStatus(why, true);
        return;
    }
    setBusy(true);
    showStatus(tr("Testing the connection…"), false);
    withCredentials([this](std::optional<Credentials> credentials, const QString &error) {
        if (!credentials) {
            setBusy(false);
            showStatus(error, true);
            return;
        }
        Account account;
        account.apiBase = *Account::apiBaseFromInput(profile().baseUrl);
        account.credentials = *credentials;
        m_tester->start(account);
    });
}

void ProfileEditDialog::accept()
{
    const QString why = problem();
    if (!why.isEmpty() || m_busy) {
        if (!why.isEmpty())
            showStatus(why, true);
        return;
    }
    m_tester->cancel();
    if (!secretsTyped()) {
        saveProfile();
        return;
    }
    SecretStore *store = m_secrets.current();
    setBusy(true);
    showStatus(tr("Saving…"), false);
    store->write(
        profile().name, typedCredentials(), this,
        [this, source = store->sourceName()](const SecretResult &result) {
            if (!result.ok()) {
                setBusy(false);
                showStatus(
                    tr("The secrets could not be saved in %1: %2").arg(source, result.message),
                    true);
                return;
            }
            saveProfile();
        });
}

void ProfileEditDialog::saveProfile()
{
    QString error;
    const Profile p = profile();
    if (!m_profiles.save(p, &error)) {
        setBusy(false);
        showStatus(error, true);
        return;
    }
    m_busy = false;
    emit saved(p);
    QDialog::accept();
}

} // namespace numdesk
