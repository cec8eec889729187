#include "evaluatedialog.h"

#include "runcheckpoints.h"

#include "store/runstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

EvaluateDialog::EvaluateDialog(const QString &storePath, qint64 runId, QWidget *parent)
    : QDialog(parent), m_storePath(storePath), m_runId(runId) {
    setWindowTitle(tr("Evaluate"));
    QVector<RunCheckpoint> checkpoints;
    QString runName;
    try {
        const dbw::RunStore store(storePath.toStdString(), dbw::RunStore::Mode::ReadOnly);
        if (const auto run = store.run(runId)) {
            runName = QString::fromStdString(run->name);
            const QJsonObject config =
                QJsonDocument::fromJson(QByteArray::fromStdString(run->configJson)).object();
            const QJsonObject data = config["data"].toObject();
            m_diffusionSteps = config["diffusion"].toObject()["steps"].toInt();
            m_validFile = data["valid"].toString();
            m_trainFile = data["train"].toString();
            m_validFraction = data["valid_fraction"].toDouble();
            m_seed = static_cast<quint64>(config["training"].toObject()["seed"].toInteger());
            m_device = config["training"].toObject()["device"].toString(QStringLiteral("cpu"));
        }
        checkpoints = runCheckpoints(store, runId);
    } catch (const std::exception &error) {
        runName = QString::fromStdString(error.what());
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("Bound the negative log-likelihood of <b>%1</b> with the ELBO of its reverse chain, as "
           "<tt>dbw eval</tt> does. The result is stored with the run.")
            .arg(runName.toHtmlEscaped()),
        this));
    auto *form = new QFormLayout;
    m_checkpoint = new QComboBox(this);
    m_checkpoint->setObjectName(QStringLiteral("evalCheckpoint"));
    for (const RunCheckpoint &checkpoint : checkpoints) {
        m_checkpoint->addItem(checkpoint.label, checkpoint.path);
        m_checkpoint->setItemData(m_checkpoint->count() - 1, checkpoint.step, Qt::UserRole + 1);
        m_checkpoint->setItemData(m_checkpoint->count() - 1,
                                  QDir::toNativeSeparators(checkpoint.path), Qt::ToolTipRole);
    }
    form->addRow(tr("Checkpoint:"), m_checkpoint);

    auto *splits = new QVBoxLayout;
    m_validation = new QRadioButton(
        m_validFile.isEmpty()
            ? tr("The run's validation file (it has none)")
            : tr("The run's validation file: %1").arg(QFileInfo(m_validFile).fileName()),
        this);
    m_validation->setObjectName(QStringLiteral("splitValidation"));
    m_validation->setEnabled(!m_validFile.isEmpty());
    m_heldOut = new QRadioButton(tr("The share of its training corpus it held out (%1%, seed %2)")
                                     .arg(QLocale().toString(m_validFraction * 100, 'g', 3))
                                     .arg(m_seed),
                                 this);
    m_heldOut->setObjectName(QStringLiteral("splitHeldOut"));
    // The trainer holds a share out only when there is no validation file.
    m_heldOut->setEnabled(m_validFile.isEmpty() && m_validFraction > 0 && !m_trainFile.isEmpty());
    m_other = new QRadioButton(tr("Another file:"), this);
    m_other->setObjectName(QStringLiteral("splitFile"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("splitPath"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Sentences to Evaluate"), {}, tr("Corpora (*.txt *.jsonl);;All files (*)"));
        if (!path.isEmpty()) {
            m_file->setText(path);
            m_other->setChecked(true);
        }
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_other);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    splits->addWidget(m_validation);
    splits->addWidget(m_heldOut);
    splits->addLayout(fileRow);
    (m_validation->isEnabled() ? m_validation
     : m_heldOut->isEnabled()  ? m_heldOut
                               : m_other)
        ->setChecked(true);
    form->addRow(tr("Sentences:"), splits);

    m_stepSize = new QSpinBox(this);
    m_stepSize->setObjectName(QStringLiteral("evalStepSize"));
    m_stepSize->setRange(1, 1000000);
    m_stepSize->setValue(m_diffusionSteps >= 16 && m_diffusionSteps % 16 == 0 ? 16 : 1);
    m_stepSize->setToolTip(tr(
        "The chain has T / step size terms; the bound is for the sampler with the same step size"));
    form->addRow(tr("Step size:"), m_stepSize);
    m_estimator = new QComboBox(this);
    m_estimator->setObjectName(QStringLiteral("evalEstimator"));
    m_estimator->addItem(tr("chain (every term once per sentence)"), QStringLiteral("chain"));
    m_estimator->addItem(tr("Monte Carlo (terms drawn per sentence)"),
                         QStringLiteral("monte-carlo"));
    form->addRow(tr("Estimator:"), m_estimator);
    m_draws = new QSpinBox(this);
    m_draws->setRange(1, 100000);
    m_draws->setEnabled(false);
    form->addRow(tr("Draws per sentence:"), m_draws);
    m_sentences = new QSpinBox(this);
    m_sentences->setObjectName(QStringLiteral("evalSentences"));
    m_sentences->setRange(0, 2000000000);
    m_sentences->setValue(512);
    m_sentences->setSpecialValueText(tr("all"));
    form->addRow(tr("Sentences at most:"), m_sentences);
    m_precision = new QComboBox(this);
    m_precision->addItems({QStringLiteral("auto"), QStringLiteral("fp32"), QStringLiteral("bf16")});
    form->addRow(tr("Precision:"), m_precision);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("evalProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #D55E00"));
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Evaluate"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_estimator, &QComboBox::currentIndexChanged, this, [this] {
        m_draws->setEnabled(m_estimator->currentData().toString() == QLatin1String("monte-carlo"));
    });
    for (QRadioButton *button : {m_validation, m_heldOut, m_other})
        connect(button, &QRadioButton::toggled, this, &EvaluateDialog::validate);
    connect(m_file, &QLineEdit::textChanged, this, &EvaluateDialog::validate);
    connect(m_stepSize, &QSpinBox::valueChanged, this, &EvaluateDialog::validate);
    connect(m_checkpoint, &QComboBox::currentIndexChanged, this, &EvaluateDialog::validate);
    validate();
}

QString EvaluateDialog::problem() const {
    if (m_checkpoint->currentIndex() < 0)
        return tr("The run has no checkpoint on disk yet.");
    if (m_diffusionSteps > 0 && m_diffusionSteps % m_stepSize->value() != 0)
        return tr("The step size must divide T = %1.").arg(m_diffusionSteps);
    const QString file = request().file;
    if (file.isEmpty() || !QFileInfo(file).isFile())
        return tr("No such file: %1")
            .arg(file.isEmpty() ? tr("(none given)") : QDir::toNativeSeparators(file));
    return {};
}

void EvaluateDialog::validate() {
    m_problem->setText(problem());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem->text().isEmpty());
}

EvaluationController::Request EvaluateDialog::request() const {
    EvaluationController::Request request;
    request.checkpoint = m_checkpoint->currentData().toString();
    request.step = m_checkpoint->currentData(Qt::UserRole + 1).toLongLong();
    request.device = m_device;
    request.precision = m_precision->currentText();
    if (m_heldOut->isChecked()) {
        request.split = EvaluationController::Split::HeldOutShare;
        request.file = m_trainFile;
        request.fraction = m_validFraction;
        request.seed = m_seed;
    } else {
        request.file = m_validation->isChecked() ? m_validFile : m_file->text().trimmed();
    }
    request.recipe.stepSize = m_stepSize->value();
    request.recipe.estimator = m_estimator->currentData().toString().toStdString();
    request.recipe.draws = m_draws->value();
    request.recipe.maxSentences = m_sentences->value();
    request.storePath = m_storePath;
    request.runId = m_runId;
    return request;
}
