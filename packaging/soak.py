#!/usr/bin/env python3
"""Soak test of the run store and of resumes (packaging/soak.sh runs it; not part of CI).

For MINUTES it keeps WRITERS `dbw train` processes writing one store while the workbench watches
it offscreen, kills a random one with SIGKILL every few seconds and resumes it from its last
checkpoint, kills and restarts the workbench now and then, and finally fills a small tmpfs under a
writer. After every kill it checks what a user relies on:
  - the store passes PRAGMA integrity_check;
  - every checkpoint the writer announced (--json "checkpoint" event) is in the store and on disk,
    and its model.safetensors is complete (header and data sizes agree);
  - the store has the run's train/loss up to that checkpoint's step;
  - the run shows as interrupted (not running) once its writer is dead;
  - the resume starts right after that checkpoint's step.
It prints what it tried and what was lost, and exits 1 when anything was.
"""

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import threading
import time


def log(message):
    print(f"[soak {time.strftime('%H:%M:%S')}] {message}", flush=True)


class Writer:
    """One `dbw train --json` process and what it announced on stdout."""

    def __init__(self, dbw, store, args, label):
        self.label = label
        self.events = []
        self.lock = threading.Lock()
        self.process = subprocess.Popen(
            [dbw, "--threads", "1", "train", *args, "--store", store, "--json", "--quiet"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.stderr_lines = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue
            with self.lock:
                self.events.append(event)

    def _read_stderr(self):
        for line in self.process.stderr:
            self.stderr_lines.append(line.rstrip("\n"))

    def of(self, kind):
        with self.lock:
            return [event for event in self.events if event.get("event") == kind]

    def run_id(self):
        started = self.of("started")
        return started[0]["run_id"] if started else None

    def last_checkpoint(self):
        checkpoints = self.of("checkpoint")
        return checkpoints[-1] if checkpoints else None

    def first_step(self):
        steps = self.of("step")
        return steps[0]["step"] if steps else None

    def kill(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait()


def safetensors_complete(path):
    """True when the file's header parses and its data is as long as the header says."""
    try:
        with open(path, "rb") as file:
            data = file.read()
        (size,) = struct.unpack("<Q", data[:8])
        header = json.loads(data[8:8 + size])
        end = max((entry["data_offsets"][1] for name, entry in header.items()
                   if name != "__metadata__"), default=0)
        return len(data) == 8 + size + end
    except (OSError, ValueError, KeyError, struct.error):
        return False


class Soak:
    def __init__(self, options):
        self.options = options
        self.dbw = options.dbw
        self.work = tempfile.mkdtemp(prefix="dbw-soak-")
        self.store = os.path.join(self.work, "runs.sqlite")
        self.tried = {"kills": 0, "resumes": 0, "integrity_checks": 0, "checkpoints_checked": 0,
                      "workbench_restarts": 0, "disk_full": "not tried"}
        self.lost = []
        self.workbench = None

    # What a writer trains: small and fast, a checkpoint every few seconds, runs until killed.
    def train_args(self, index):
        return ["--preset", "cpu-demo",
                "--set", f"name=soak-{index}",
                "--set", "training.steps=1000000",
                "--set", "training.batch_size=8",
                "--set", "data.max_length=32",
                "--set", "training.checkpoint_every=15",
                "--set", "training.keep_checkpoints=3",
                "--set", "training.validate_every=1000000",
                "--set", "training.sample_every=1000000",
                "--set", "training.log_every=1",
                "--set", f"training.seed={index + 1}",
                "--out", os.path.join(self.work, f"run-{index}")]

    def runs_show(self, run_id, store=None):
        result = subprocess.run([self.dbw, "runs", "show", str(run_id), "--store",
                                 store or self.store, "--json"],
                                capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            return None, result.stderr.strip()
        return json.loads(result.stdout), ""

    def check_integrity(self, store=None):
        self.tried["integrity_checks"] += 1
        path = store or self.store
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            connection.close()
        if verdict != "ok":
            self.lost.append(f"{path}: integrity_check says {verdict}")

    def check_killed(self, writer, store=None):
        """What the killed writer announced must be in the store and on disk."""
        self.check_integrity(store)
        run_id = writer.run_id()
        checkpoint = writer.last_checkpoint()
        if run_id is None or checkpoint is None:
            return None
        shown, error = self.runs_show(run_id, store)
        if shown is None:
            self.lost.append(f"{writer.label}: run {run_id} unreadable: {error}")
            return None
        if shown["status"] == "running":
            self.lost.append(f"{writer.label}: run {run_id} still shows as running after SIGKILL")
        recorded = {entry.get("step") for entry in shown.get("checkpoints", [])}
        for announced in writer.of("checkpoint"):
            self.tried["checkpoints_checked"] += 1
            model = os.path.join(announced["path"], "model.safetensors")
            kept = os.path.isdir(announced["path"])
            if announced["step"] not in recorded and kept:
                self.lost.append(f"{writer.label}: checkpoint at step {announced['step']} is on "
                                 f"disk but not in the store")
            if announced is checkpoint or kept:
                if not safetensors_complete(model):
                    self.lost.append(f"{writer.label}: {model} is incomplete")
        if checkpoint["step"] not in recorded:
            self.lost.append(f"{writer.label}: last checkpoint (step {checkpoint['step']}) is not "
                             f"in the store")
        loss = next((m for m in shown["metrics"] if m["name"] == "train/loss"), None)
        if loss is None or (loss["last_step"] or 0) < checkpoint["step"]:
            self.lost.append(f"{writer.label}: train/loss stops before the checkpoint at step "
                             f"{checkpoint['step']} ({loss and loss['last_step']})")
        return checkpoint

    def resume(self, writer, checkpoint, index):
        resumed = Writer(self.dbw, self.store, ["--resume", str(writer.run_id())],
                         f"{writer.label}+")
        self.tried["resumes"] += 1
        deadline = time.time() + 120
        while resumed.first_step() is None and resumed.process.poll() is None \
                and time.time() < deadline:
            time.sleep(0.2)
        first = resumed.first_step()
        if first is None:
            self.lost.append(f"{writer.label}: the resume did not start: "
                             + " | ".join(resumed.stderr_lines[-3:]))
        elif first != checkpoint["step"] + 1:
            self.lost.append(f"{writer.label}: resumed at step {first}, expected "
                             f"{checkpoint['step'] + 1}")
        return resumed

    def start_workbench(self):
        if not self.options.workbench:
            return
        environment = dict(os.environ, DBW_STORE=self.store, QT_QPA_PLATFORM="offscreen")
        self.workbench = subprocess.Popen([self.options.workbench], env=environment,
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                          text=True)

    def workbench_alive(self):
        if self.workbench and self.workbench.poll() is not None:
            self.lost.append(f"the workbench exited ({self.workbench.returncode}) while writers "
                             f"wrote: {self.workbench.stderr.read()[-500:]}")
            self.workbench = None

    def kill_loop(self, deadline):
        writers = [Writer(self.dbw, self.store, self.train_args(i), f"writer-{i}")
                   for i in range(self.options.writers)]
        self.start_workbench()
        while time.time() < deadline:
            time.sleep(random.uniform(3, 8))
            self.workbench_alive()
            if self.workbench and random.random() < 0.15:
                self.workbench.kill()
                self.workbench.wait()
                self.tried["workbench_restarts"] += 1
                self.start_workbench()
            index = random.randrange(len(writers))
            writer = writers[index]
            if writer.process.poll() is not None:  # died on its own: that is a finding too
                self.lost.append(f"{writer.label} exited ({writer.process.returncode}): "
                                 + " | ".join(writer.stderr_lines[-3:]))
                writers[index] = Writer(self.dbw, self.store, self.train_args(index),
                                        f"writer-{index}")
                continue
            if writer.last_checkpoint() is None:
                continue  # give it time to write one
            writer.kill()
            self.tried["kills"] += 1
            checkpoint = self.check_killed(writer)
            log(f"killed {writer.label} (run {writer.run_id()}, last checkpoint step "
                f"{checkpoint and checkpoint['step']}); lost so far: {len(self.lost)}")
            writers[index] = self.resume(writer, checkpoint, index) if checkpoint else \
                Writer(self.dbw, self.store, self.train_args(index), f"writer-{index}")
        for writer in writers:
            writer.kill()
            self.check_killed(writer)
        self.workbench_alive()
        if self.workbench:
            self.workbench.terminate()
            try:
                self.workbench.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.lost.append("the workbench did not quit within 30 s of SIGTERM")
                self.workbench.kill()

    def disk_full(self):
        """A writer on a tmpfs that fills up: it must stop with a clear message, and the store and
        its earlier checkpoints must survive; after freeing space the run resumes."""
        if os.geteuid() != 0:
            self.tried["disk_full"] = "skipped (needs root to mount a tmpfs)"
            return
        mount = os.path.join(self.work, "full")
        os.makedirs(mount)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mount]).returncode:
            self.tried["disk_full"] = "skipped (mount -t tmpfs failed)"
            return
        try:
            store = os.path.join(mount, "runs.sqlite")
            args = self.train_args(99)
            args[args.index("--out") + 1] = os.path.join(mount, "run")
            writer = Writer(self.dbw, store, args, "disk-full writer")
            deadline = time.time() + 180
            while writer.last_checkpoint() is None and writer.process.poll() is None \
                    and time.time() < deadline:
                time.sleep(0.5)
            if writer.last_checkpoint() is None:
                self.lost.append("disk-full writer wrote no checkpoint: "
                                 + " | ".join(writer.stderr_lines[-3:]))
                writer.kill()
                return
            filler = os.path.join(mount, "filler")
            subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=64k"],
                           capture_output=True)  # until the tmpfs is full
            try:
                writer.process.wait(timeout=240)
                message = " | ".join(writer.stderr_lines[-2:])
                clear = "space" in message.lower() or "full" in message.lower()
                self.tried["disk_full"] = (f"writer exited {writer.process.returncode}: "
                                           f"{message[:300]}")
                if writer.process.returncode == 0 or not clear:
                    self.lost.append(f"disk full: no clear error ({self.tried['disk_full']})")
            except subprocess.TimeoutExpired:
                self.tried["disk_full"] = "writer still running 240 s after the disk filled"
                self.lost.append("disk full: the writer neither stopped nor failed")
                writer.kill()
            checkpoint = self.check_killed(writer, store)
            os.remove(filler)
            if checkpoint:
                resumed = Writer(self.dbw, store, ["--resume", str(writer.run_id())], "disk-full+")
                self.tried["resumes"] += 1
                deadline = time.time() + 120
                while resumed.first_step() is None and resumed.process.poll() is None \
                        and time.time() < deadline:
                    time.sleep(0.2)
                if resumed.first_step() is None:
                    self.lost.append("disk full: no resume after freeing space: "
                                     + " | ".join(resumed.stderr_lines[-3:]))
                resumed.kill()
                self.check_integrity(store)
        finally:
            subprocess.run(["umount", "-l", mount])

    def run(self):
        log(f"work folder {self.work}; {self.options.writers} writers for "
            f"{self.options.minutes} min; workbench: {self.options.workbench or 'not built'}")
        self.kill_loop(time.time() + 60 * self.options.minutes)
        self.disk_full()
        print(json.dumps({"tried": self.tried, "lost": self.lost}, indent=2))
        log("nothing lost" if not self.lost else f"LOST: {len(self.lost)} finding(s)")
        if not self.lost and not self.options.keep:
            shutil.rmtree(self.work, ignore_errors=True)
        return 0 if not self.lost else 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dbw", required=True)
    parser.add_argument("--workbench", default="")
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    options = parser.parse_args()
    random.seed(options.seed)
    log(f"seed {options.seed} (--seed to repeat the kill schedule)")
    return Soak(options).run()


if __name__ == "__main__":
    sys.exit(main())
