// A recorded reverse process as one self-contained HTML page (no network, no files beside it)
// that replays it in a browser: play/pause, speed, step, slider, keyboard, the x0 guesses under
// the masks, tooltips with the top alternatives. "#frame=N" or "#last" in the address opens that
// frame; "#play" plays from the start at the fastest speed. Torch-free.
#pragma once

#include <string>

namespace dbw {

class Trajectory;

std::string replayHtml(const Trajectory &trajectory, const std::string &title);

}  // namespace dbw
