#include "formview.h"

#include "authpanel.h"
#include "config/modelapimigration.h"
#include "editordocument.h"
#include "modelapiform.h"
#include "verticalscrollarea.h"
#include "tiersdelegate.h"
#include "tiersmodel.h"
#include "undoshortcutfilter.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

FormView::FormView(EditorDocument *document, const ModelCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_catalog(catalog)
    , m_tiersModel(new TiersModel(document, catalog, this))
    , m_documentCombo(new QComboBox(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_pages(new QStackedWidget(this))
    , m_otherKind(new QLabel(this))
    , m_migrate(new QPushButton(tr("Migrate to 2026-01"), this))
    , m_migrateResult(new QLabel(this))
    , m_modelApiForm(new ModelApiForm(document, this))
    , m_name(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_addTier(new QPushButton(tr("&Add tier"), this))
    , m_removeTier(new QPushButton(tr("&Remove tier"), this))
    , m_inputTokens(new QSpinBox(this))
    , m_outputTokens(new QSpinBox(this))
    , m_defaultAuth(new AuthPanel(tr("Default auth"), false, this))
    , m_tierAuth(new AuthPanel(tr("Auth override for the selected tier"), true, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Form</b>"), this));
    top->addStretch();
    m_documentLabel = new QLabel(tr("&Document in this file:"), this);
    m_documentLabel->setBuddy(m_documentCombo);
    top->addWidget(m_documentLabel);
    top->addWidget(m_documentCombo);
    m_documentCombo->setAccessibleName(tr("Document in this file"));
    m_documentCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout->addLayout(top);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "background:#fff4d6; color:#6b4a00; padding:4px; border:1px solid #e0c070;"));
    m_readOnlyBanner->setText(tr("The YAML has a syntax error. The form shows the last valid "
                                 "version and is read-only; fix the YAML to edit here again."));
    layout->addWidget(m_readOnlyBanner);
    m_otherKind->setWordWrap(true);
    m_otherKind->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_otherKind->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A short window scrolls the form (with the auth panels stacked when narrow) rather
    // than squeeze its fields into each other.
    m_pages->addWidget(new VerticalScrollArea(buildTierPage(), this));
    auto *otherPage = new QWidget(this);
    auto *otherLayout = new QVBoxLayout(otherPage);
    otherLayout->setContentsMargins(0, 0, 0, 0);
    otherLayout->addWidget(m_otherKind);
    m_migrate->setToolTip(tr("Rewrite this ModelAPI for the 2026-01 KAOS CRD: serverConfig becomes "
                             "hostedConfig (resources move to podSpec), a string configYaml becomes "
                             "configYaml.fromString. One undo step."));
    auto *migrateRow = new QHBoxLayout;
    migrateRow->addWidget(m_migrate);
    migrateRow->addStretch(1);
    otherLayout->addLayout(migrateRow);
    m_migrateResult->setWordWrap(true);
    otherLayout->addWidget(m_migrateResult);
    otherLayout->addWidget(m_modelApiForm, 1);
    connect(m_migrate, &QPushButton::clicked, this,
            [this] { m_migrateResult->setText(m_document->migrateModelApi(documentIndex())); });
    m_pages->addWidget(otherPage);
    layout->addWidget(m_pages, 1);

    UndoShortcutFilter::install(this, {m_name});
    connect(m_documentCombo, &QComboBox::activated, this, &FormView::onDocumentChosen);
    connect(document, &EditorDocument::parsed, this, &FormView::refresh);
    refresh();
}

QWidget *FormView::buildTierPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nameRow = new QFormLayout;
    nameRow->addRow(tr("&Name (metadata.name):"), m_name);
    m_name->setAccessibleName(tr("Config name"));
    layout->addLayout(nameRow);

    m_table->setModel(m_tiersModel);
    m_table->setItemDelegate(new TiersDelegate(m_catalog, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Tiers"));
    m_table->setMinimumHeight(120);
    layout->addWidget(m_table, 1);

    // The buttons and the cost preview on two rows: on one they would force the window
    // wider than a small screen.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addTier);
    buttons->addWidget(m_removeTier);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *costRow = new QHBoxLayout;
    auto *costLabel = new QLabel(tr("Typical request: &input"), page);
    costLabel->setToolTip(tr("The Per request column prices a request of this many input and "
                             "output tokens"));
    costLabel->setBuddy(m_inputTokens);
    for (QSpinBox *spin : {m_inputTokens, m_outputTokens}) {
        spin->setRange(0, 10'000'000);
        spin->setSingleStep(100);
        spin->setGroupSeparatorShown(true);
        spin->setToolTip(costLabel->toolTip());
    }
    m_inputTokens->setValue(3200);
    m_outputTokens->setValue(1800);
    m_inputTokens->setAccessibleName(tr("Typical request input tokens"));
    m_outputTokens->setAccessibleName(tr("Typical request output tokens"));
    costRow->addWidget(costLabel);
    costRow->addWidget(m_inputTokens);
    auto *outLabel = new QLabel(tr("&output"), page);
    outLabel->setBuddy(m_outputTokens);
    costRow->addWidget(outLabel);
    costRow->addWidget(m_outputTokens);
    costRow->addWidget(new QLabel(tr("tokens"), page));
    costRow->addStretch();
    layout->addLayout(costRow);

    m_auths = new QBoxLayout(QBoxLayout::LeftToRight);
    m_auths->addWidget(m_defaultAuth);
    m_auths->addWidget(m_tierAuth);
    layout->addLayout(m_auths);

    setTabOrder(m_documentCombo, m_name);
    setTabOrder(m_name, m_table);
    setTabOrder(m_table, m_addTier);
    setTabOrder(m_addTier, m_removeTier);
    setTabOrder(m_removeTier, m_inputTokens);
    setTabOrder(m_inputTokens, m_outputTokens);

    connect(m_name, &QLineEdit::textEdited, this,
            [this](const QString &name) { m_document->setConfigName(documentIndex(), name); });
    connect(m_addTier, &QPushButton::clicked, this, [this] {
        m_document->addTier(documentIndex());
        m_table->setCurrentIndex(m_tiersModel->index(m_tiersModel->rowCount() - 1, 0));
    });
    connect(m_removeTier, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            m_document->removeTier(documentIndex(), m_table->currentIndex().row());
    });
    auto costChanged = [this] {
        m_tiersModel->setTypicalRequest(m_inputTokens->value(), m_outputTokens->value());
        emit typicalRequestChanged(m_inputTokens->value(), m_outputTokens->value());
    };
    connect(m_inputTokens, &QSpinBox::valueChanged, this, costChanged);
    connect(m_outputTokens, &QSpinBox::valueChanged, this, costChanged);
    connect(m_defaultAuth, &AuthPanel::authEdited, this,
            [this](const std::optional<AuthConfig> &a) { m_document->setDefaultAuth(documentIndex(), a); });
    connect(m_tierAuth, &AuthPanel::authEdited, this, [this](const std::optional<AuthConfig> &a) {
        if (m_table->currentIndex().isValid())
            m_document->setTierAuth(documentIndex(), m_table->currentIndex().row(), a);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FormView::refreshTierAuth);
    connect(m_tiersModel, &QAbstractItemModel::modelReset, this, &FormView::refreshTierAuth);
    return page;
}

void FormView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The two auth panels side by side while they fit, else one above the other.
    const int sideBySide = m_defaultAuth->minimumSizeHint().width() + m_tierAuth->minimumSizeHint().width()
                           + m_auths->spacing() + 40;
    m_auths->setDirection(width() >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

int FormView::documentIndex() const
{
    return m_tiersModel->documentIndex();
}

void FormView::setTypicalRequest(int inputTokens, int outputTokens)
{
    m_inputTokens->setValue(inputTokens);
    m_outputTokens->setValue(outputTokens);
}

void FormView::onDocumentChosen()
{
    m_documentChosen = true;
    m_tiersModel->setDocumentIndex(m_documentCombo->currentIndex());
    refresh();
}

void FormView::showField(int documentIndex, const QString &path)
{
    if (documentIndex >= 0 && documentIndex != this->documentIndex()
        && documentIndex < m_documentCombo->count()) {
        m_documentCombo->setCurrentIndex(documentIndex);
        onDocumentChosen();
    }
    static const QRegularExpression tierPath(QStringLiteral("^spec\\.tiers\\[(\\d+)\\](?:\\.(\\w+))?"));
    const QRegularExpressionMatch m = tierPath.match(path);
    if (!m.hasMatch())
        return;
    const QStringList fields{QStringLiteral("tier"), QStringLiteral("provider"),
                             QStringLiteral("model"), QStringLiteral("endpoint"),
                             QStringLiteral("maxTokens"), QStringLiteral("costPerMillionInput"),
                             QStringLiteral("costPerMillionOutput")};
    const int column = qMax(0, int(fields.indexOf(m.captured(2))));
    m_table->setCurrentIndex(m_tiersModel->index(m.captured(1).toInt(), column));
}

void FormView::refresh()
{
    const QList<ConfigDocument> &docs = m_document->documents();
    m_documentCombo->clear();
    for (const ConfigDocument &d : docs) {
        const QString name = d.kind == ConfigDocument::Kind::TierConfig ? d.tierConfig.name
            : d.kind == ConfigDocument::Kind::ModelApi                  ? d.modelApi.name
                                                                        : QString();
        m_documentCombo->addItem(QStringLiteral("%1 %2").arg(
            d.kindName.isEmpty() ? tr("(no kind)") : d.kindName, name));
    }
    int index = qBound(0, documentIndex(), int(docs.size()) - 1);
    const auto editableKind = [](const ConfigDocument &d) {
        return d.kind == ConfigDocument::Kind::TierConfig || d.kind == ConfigDocument::Kind::ModelApi;
    };
    if (!m_documentChosen && index >= 0 && !editableKind(docs.at(index))) {
        const auto first = std::find_if(docs.cbegin(), docs.cend(), editableKind);
        if (first != docs.cend())
            index = int(first - docs.cbegin());
    }
    m_documentCombo->setCurrentIndex(index);
    m_documentCombo->setVisible(docs.size() > 1);
    m_documentLabel->setVisible(docs.size() > 1);
    if (index != documentIndex())
        m_tiersModel->setDocumentIndex(index);
    const bool editable = m_document->isFormEditable();
    m_readOnlyBanner->setVisible(!editable);

    const ConfigDocument *doc = index >= 0 && index < docs.size() ? &docs.at(index) : nullptr;
    if (!doc || doc->kind != ConfigDocument::Kind::TierConfig) {
        m_pages->setCurrentIndex(1);
        const bool modelApi = doc && doc->kind == ConfigDocument::Kind::ModelApi;
        const bool migratable = modelApi && ModelApiMigration::canMigrate(*doc);
        m_migrate->setVisible(migratable);
        m_migrate->setEnabled(editable);
        if (!modelApi)
            m_migrateResult->clear();
        m_modelApiForm->setVisible(modelApi);
        if (modelApi)
            m_modelApiForm->showDocument(index, *doc, editable);
        if (modelApi)
            m_otherKind->setText(tr("<b>ModelAPI %1</b><br>schema: %2%3"
                                    "<br>Edit it below or in the YAML view; both share one undo history and "
                                    "it is validated live against its CRD.")
                                     .arg(doc->modelApi.name.toHtmlEscaped(), doc->schemaName.toHtmlEscaped(),
                                          migratable ? tr("<br>This document uses the 2025-12 shape (serverConfig "
                                                          "or a string configYaml); clusters with the 2026-01 "
                                                          "CRD drop those fields.")
                                                     : QString()));
        else
            m_otherKind->setText(tr("This document is not a ModelTierConfig or ModelAPI "
                                    "(or it cannot be read). Edit it in the YAML view."));
        return;
    }
    m_pages->setCurrentIndex(0);
    const TierConfig &config = doc->tierConfig;
    if (m_name->text() != config.name)
        m_name->setText(config.name);
    m_name->setReadOnly(!editable);
    const QString missing = m_document->missingTier(index);
    m_addTier->setEnabled(editable && !missing.isEmpty());
    m_addTier->setToolTip(missing.isEmpty()
        ? tr("All three tiers (fast, standard, reasoning) are defined: remove one to add another.")
        : tr("Add the \"%1\" tier").arg(missing));
    m_removeTier->setEnabled(editable);
    m_defaultAuth->setAuth(config.defaultAuth);
    m_defaultAuth->setEditable(editable);
    refreshTierAuth();
}

void FormView::refreshTierAuth()
{
    const QList<ConfigDocument> &docs = m_document->documents();
    const int index = documentIndex();
    const QModelIndex current = m_table->currentIndex();
    const bool valid = current.isValid() && index >= 0 && index < docs.size()
        && current.row() < docs.at(index).tierConfig.tiers.size();
    m_tierAuth->setEnabled(valid && m_document->isFormEditable());
    if (!valid) {
        m_tierAuth->setTitle(tr("Auth override (select a tier)"));
        m_tierAuth->setAuth(std::nullopt);
        return;
    }
    const TierEntry &entry = docs.at(index).tierConfig.tiers.at(current.row());
    m_tierAuth->setTitle(tr("Auth override for tier \"%1\"").arg(entry.tier));
    m_tierAuth->setAuth(entry.auth);
}
