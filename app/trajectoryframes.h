#pragma once

#include "tokenview.h"

#include "sample/trajectory.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

// The denoising viewer's model: a recorded trajectory turned into what the token view draws at a
// frame (frame 0 all [MASK], frame k the state after reverse step k), the tooltips and the step
// summary. Building a frame is O(cells): no replay.
class TrajectoryFrames {
public:
    explicit TrajectoryFrames(std::shared_ptr<const dbw::Trajectory> trajectory);

    const dbw::Trajectory &trajectory() const { return *m_trajectory; }
    int frames() const { return m_trajectory->frames(); }
    int lastFrame() const { return m_trajectory->steps(); }

    // Each sample's final cell texts: fixes the token view's layout.
    QVector<QStringList> layoutTexts() const;
    // Every cell at `frame`; with guesses, a masked cell shows the model's current x0 guess.
    QVector<TokenView::Cell> cells(int frame, bool guesses) const;
    QString toolTip(int sample, int position, int frame) const;
    // t, alpha_t, masks left, revealed this step, network ran / cache served.
    QString stepSummary(int frame) const;
    QVector<int> revealSteps(int sample) const;
    QStringList texts() const;

private:
    std::shared_ptr<const dbw::Trajectory> m_trajectory;
    QVector<QString> m_surfaces;                  // per cell, converted once
    mutable QHash<int, QString> m_guessSurfaces;  // a cache of guess texts by token id
};
