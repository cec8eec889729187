#include "trajectoryframes.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("TrajectoryFrames", text);
}

QString shown(const QString &surface) {
    // Spaces and line breaks made visible in tooltips.
    QString text = surface;
    text.replace(QLatin1Char('\n'), QStringLiteral("\u21B5"));
    return text.startsWith(QLatin1Char(' ')) ? QStringLiteral("\u2423") + text.mid(1) : text;
}

}  // namespace

TrajectoryFrames::TrajectoryFrames(std::shared_ptr<const dbw::Trajectory> trajectory)
    : m_trajectory(std::move(trajectory)) {
    for (int s = 0; s < m_trajectory->sampleCount(); ++s)
        for (int p = 0; p < m_trajectory->length(s); ++p)
            m_surfaces.append(QString::fromStdString(m_trajectory->surface(s, p)));
}

QVector<QStringList> TrajectoryFrames::layoutTexts() const {
    QVector<QStringList> texts;
    int cell = 0;
    for (int s = 0; s < m_trajectory->sampleCount(); ++s) {
        QStringList row;
        for (int p = 0; p < m_trajectory->length(s); ++p)
            row.append(m_surfaces[cell++]);
        texts.append(row);
    }
    return texts;
}

QVector<TokenView::Cell> TrajectoryFrames::cells(int frame, bool guesses) const {
    QVector<TokenView::Cell> cells;
    cells.reserve(m_surfaces.size());
    auto &surfaces = m_guessSurfaces;
    for (int s = 0; s < m_trajectory->sampleCount(); ++s) {
        for (int p = 0; p < m_trajectory->length(s); ++p) {
            TokenView::Cell cell;
            const int reveal = m_trajectory->revealStep(s, p);
            if (m_trajectory->isFixed(s, p)) {
                cell.state = TokenView::CellState::Fixed;
            } else if (reveal <= frame) {
                cell.state = reveal == frame ? TokenView::CellState::RevealedNow
                                             : TokenView::CellState::Revealed;
                cell.confidence = m_trajectory->confidence(s, p);
            } else if (guesses) {
                if (const auto top = m_trajectory->alternatives(s, p, frame)) {
                    auto found = surfaces.find(top.ids[0]);
                    if (found == surfaces.end())
                        found = surfaces.insert(
                            top.ids[0],
                            QString::fromStdString(m_trajectory->pieceSurface(top.ids[0])));
                    cell.state = TokenView::CellState::Guess;
                    cell.text = *found;
                }
            }
            cells.append(cell);
        }
    }
    return cells;
}

QString TrajectoryFrames::toolTip(int sample, int position, int frame) const {
    const dbw::Trajectory &t = *m_trajectory;
    const int reveal = t.revealStep(sample, position);
    if (t.isFixed(sample, position))
        return tr("<b>%1</b> fixed by the prompt")
            .arg(shown(QString::fromStdString(t.surface(sample, position))).toHtmlEscaped());
    QString text;
    int at = frame;
    if (reveal <= frame) {
        // One multi-argument arg(): a token's text may itself contain "%2".
        text = tr("<b>%1</b> revealed at step %2 with p = %3")
                   .arg(shown(QString::fromStdString(t.surface(sample, position))).toHtmlEscaped(),
                        QString::number(reveal),
                        QLocale().toString(t.confidence(sample, position), 'f', 3));
        at = reveal;
    } else {
        text = tr("Masked until step %1").arg(reveal);
    }
    const auto top = t.alternatives(sample, position, at);
    if (!top)
        return text + QStringLiteral("<br>") + tr("The network has not run for this position yet.");
    text += QStringLiteral("<br>") + tr("Top alternatives at step %1:").arg(top.step) +
            QStringLiteral("<table>");
    for (int a = 0; a < top.count; ++a)
        text += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                    .arg(shown(QString::fromStdString(t.pieceSurface(top.ids[a]))).toHtmlEscaped(),
                         QLocale().toString(top.probabilities[a], 'f', 3));
    return text + QStringLiteral("</table>");
}

QString TrajectoryFrames::stepSummary(int frame) const {
    const dbw::Trajectory &t = *m_trajectory;
    if (frame == 0)
        return tr("Frame 0 of %1 · t = %2 · α = 0 · %3 masks · nothing revealed yet")
            .arg(t.steps())
            .arg(t.diffusionSteps())
            .arg(t.masksLeft(0));
    const dbw::Trajectory::Step &step = t.step(frame);
    const int active = t.sampleCount();
    return tr("Frame %1 of %2 · t = %3 · α = %4 · %5 masks left · %6 revealed this step · network "
              "ran for %7 of %8 samples%9")
        .arg(frame)
        .arg(t.steps())
        .arg(step.t)
        .arg(QLocale().toString(step.alpha, 'f', 4))
        .arg(step.masksLeft)
        .arg(step.revealed)
        .arg(step.networkRuns)
        .arg(active)
        .arg(step.networkRuns < active
                 ? tr(" (the others served from the cache or already complete)")
                 : QString());
}

QVector<int> TrajectoryFrames::revealSteps(int sample) const {
    QVector<int> steps;
    for (int p = 0; p < m_trajectory->length(sample); ++p)
        steps.append(m_trajectory->revealStep(sample, p));
    return steps;
}

QStringList TrajectoryFrames::texts() const {
    QStringList texts;
    for (int s = 0; s < m_trajectory->sampleCount(); ++s)
        texts.append(QString::fromStdString(m_trajectory->text(s)));
    return texts;
}
