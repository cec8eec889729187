#!/usr/bin/env python3
"""Man pages and bash completion for dbw, made from its own --help at build time.

Usage: manpages.py DBW OUTDIR VERSION [WORKBENCH]
Writes OUTDIR/man1/dbw.1.gz and dbw-COMMAND[-ACTION].1.gz for every command `dbw --help` lists, and
OUTDIR/bash-completion/dbw; with WORKBENCH, also diffusionbert-workbench.1.gz from its (Qt) --help.
Each page is the command's --help: usage, description, options. English: run under LC_ALL=C.
"""
import gzip
import os
import re
import subprocess
import sys


def run_help(dbw, words):
    environment = dict(os.environ, LC_ALL="C", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([dbw, *words, "--help"], capture_output=True, text=True, check=False, env=environment)
    if result.returncode != 0:
        sys.exit(f"manpages.py: '{' '.join(['dbw', *words, '--help'])}' exited with {result.returncode}: {result.stderr}")
    return result.stdout


def commands(top_help):
    """(command, [actions]) for each line of the 'commands:' block of `dbw --help`."""
    found = []
    block = top_help.split("commands:", 1)[1].split("\n\n", 1)[0]
    for line in block.splitlines():
        match = re.match(r"^  (\S+)(?: (\S+))?\s{2,}", line)
        if not match:
            continue
        name, actions = match.group(1), match.group(2) or ""
        found.append((name, [a for a in actions.split("|") if a and not a.startswith("[")]))
    return found


def escape(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text, flags=re.M)


def parse(help_text):
    """usage, description lines, [(option, help)] from one command's --help."""
    usage, description, options = "", [], []
    section = "head"
    for line in help_text.splitlines():
        if line.lower().startswith("usage: "):
            usage = line[len("usage: "):]
        elif line.strip().lower() in ("options:", "arguments:"):
            section = "options"
        elif section == "options" and line.startswith("  "):
            match = re.match(r"^  (\S.*?)(?:\s{2,}(.*))?$", line)
            if match and (line.startswith("  -") or not line.startswith("   ")):
                options.append([match.group(1), match.group(2) or ""])
            elif options:  # a continued help line
                options[-1][1] += " " + line.strip()
        elif section == "head" and usage:
            description.append(line)
    return usage, "\n".join(description).strip(), options


def page(name, section_title, version, usage, description, options, see_also):
    out = [f'.TH {escape(name.upper())} 1 "" "dbw {escape(version)}" "DiffusionBERT Workbench"',
           ".SH NAME", f"{escape(name)} \\- {escape(section_title)}",
           ".SH SYNOPSIS", ".nf", escape(usage), ".fi"]
    if description:
        # Line breaks of a --help text are meant; a one-line description is filled by man.
        out += [".SH DESCRIPTION"] + ([".nf", escape(description), ".fi"] if "\n" in description else [escape(description)])
    if options:
        out.append(".SH OPTIONS")
        for option, text in options:
            out += [".TP", f"\\fB{escape(option)}\\fR", escape(text)]
    out += [".SH SEE ALSO", ", ".join(f"\\fB{escape(s)}\\fR(1)" for s in see_also)]
    return "\n".join(out) + "\n"


def write_gz(path, text):
    with open(path, "wb") as raw:  # gzip -9n: no name, no time stamp (reproducible, lintian)
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(text.encode())


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    dbw, outdir, version = sys.argv[1:4]
    man = os.path.join(outdir, "man1")
    os.makedirs(man, exist_ok=True)
    os.makedirs(os.path.join(outdir, "bash-completion"), exist_ok=True)
    top = run_help(dbw, [])
    listed = commands(top)
    pages = {}
    completion = {}
    for name, actions in listed:
        for action in actions or [None]:
            words = [name] + ([action] if action else [])
            usage, description, options = parse(run_help(dbw, words))
            title = next((m.group(1) for m in (re.match(rf"^  {re.escape(name)}(?: \S+)?\s{{2,}}(.*)$", line)
                                                for line in top.splitlines()) if m), name)
            pages["dbw-" + "-".join(words)] = (title, usage, description, options)
            completion[" ".join(words)] = sorted({"--help"} | {re.match(r"^(?:-\w, )?(--[\w-]+)", o).group(1)
                                                 for o, _ in options if re.match(r"^(?:-\w, )?--", o)})
    global_options = re.findall(r"^  (--[\w-]+)", top.split("global options", 1)[1], flags=re.M) if "global options" in top else []
    see_all = ["dbw"] + sorted(pages)
    top_usage = top.splitlines()[0][len("usage: "):]
    top_description = "\n".join(top.splitlines()[1:]).strip()
    write_gz(os.path.join(man, "dbw.1.gz"),
             page("dbw", "train, sample and evaluate discrete diffusion language models (DiffusionBERT)",
                  version, top_usage, top_description, [], sorted(pages)))
    for name, (title, usage, description, options) in pages.items():
        write_gz(os.path.join(man, name + ".1.gz"),
                 page(name, title, version, usage, description, options, [s for s in see_all if s != name][:1]))

    if len(sys.argv) == 5 and sys.argv[4]:  # empty without the GUI (headless builds)
        usage, description, options = parse(run_help(sys.argv[4], []))
        usage = re.sub(r"^\S*/", "", usage)  # the build folder's path to the program
        write_gz(os.path.join(man, "diffusionbert-workbench.1.gz"),
                 page("diffusionbert-workbench", description.splitlines()[0].rstrip(".").lower(), version, usage,
                      "The window: the run history, live training charts, the reverse process step by step, "
                      "run comparison and corpus statistics. Runs are kept in the same store as dbw's.",
                      options, ["dbw"]))

    names = [n for n, _ in listed]
    lines = ["# bash completion for dbw, made from dbw's --help by packaging/manpages.py", "_dbw()", "{",
             "    local cur=${COMP_WORDS[COMP_CWORD]} i command= action=",
             "    for ((i = 1; i < COMP_CWORD; i++)); do",
             "        case ${COMP_WORDS[i]} in",
             "            --threads) ((i++)) ;;",
             "            -*) ;;",
             "            *) if [[ -z $command ]]; then command=${COMP_WORDS[i]}; elif [[ -z $action ]]; then action=${COMP_WORDS[i]}; fi ;;",
             "        esac",
             "    done",
             "    local words=",
             "    case \"$command $action\" in"]
    for key in sorted(completion, key=lambda k: -len(k)):
        lines.append(f"        \"{key}\"*) words=\"{' '.join(completion[key])}\" ;;")
    for name, actions in listed:
        if actions:
            lines.append(f"        \"{name} \") words=\"{' '.join(actions)}\" ;;")
    lines += [f"        \" \") words=\"{' '.join(names + global_options + ['--help'])}\" ;;",
              "    esac",
              "    if [[ $cur != -* && ${COMP_WORDS[COMP_CWORD-1]} == --* && -n $command ]]; then",
              "        COMPREPLY=($(compgen -f -- \"$cur\"))  # the value of an option: most are files",
              "        return",
              "    fi",
              "    COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))",
              "}",
              "complete -o default -F _dbw dbw", ""]
    with open(os.path.join(outdir, "bash-completion", "dbw"), "w") as out:
        out.write("\n".join(lines))


if __name__ == "__main__":
    main()
