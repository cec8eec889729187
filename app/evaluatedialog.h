#pragma once

#include "evaluationcontroller.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

// "Evaluate…" for a run: which checkpoint, which sentences (the run's validation file, the share
// of its training corpus it held out, or any file), and the ELBO recipe (step size, estimator,
// draws, sentences, precision). Problems (a step size that does not divide T, a missing file)
// are shown and keep OK disabled.
class EvaluateDialog : public QDialog {
    Q_OBJECT

public:
    EvaluateDialog(const QString &storePath, qint64 runId, QWidget *parent = nullptr);

    EvaluationController::Request request() const;
    QString problem() const;  // empty when the request can start

private:
    void validate();

    QString m_storePath;
    qint64 m_runId = 0;
    int m_diffusionSteps = 0;
    QString m_validFile, m_trainFile;
    double m_validFraction = 0;
    quint64 m_seed = 0;
    QString m_device = QStringLiteral("cpu");
    QComboBox *m_checkpoint = nullptr;
    QRadioButton *m_validation = nullptr;
    QRadioButton *m_heldOut = nullptr;
    QRadioButton *m_other = nullptr;
    QLineEdit *m_file = nullptr;
    QSpinBox *m_stepSize = nullptr;
    QComboBox *m_estimator = nullptr;
    QSpinBox *m_draws = nullptr;
    QSpinBox *m_sentences = nullptr;
    QComboBox *m_precision = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
