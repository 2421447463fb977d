"""Speech: a message read aloud in the member's language, made offline and kept on disk.

eSpeak NG synthesises the text (the library and its voice data come in the `espeakng-loader`
wheel, so a fresh machine needs nothing else); `soundfile`'s bundled libsndfile encodes it as
OGG/Opus, the format of a Telegram voice note and one WhatsApp plays as one.  Each (voice, text) is
made once and kept under the data folder, the least recently used files removed beyond a size bound:
a reminder wave speaks the same sentence to every member of a group who reads little.

eSpeak NG is called through ctypes: it keeps one voice and one output buffer for the whole process,
so calls are serialised by a lock, and a clip is made in a worker thread, never on the event loop.
"""
from __future__ import annotations

import ctypes
import hashlib
import io
import logging
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.messages import decode_args, encode_args
from bot.core.spoken import VOICED, VOICES, has_voice

log = logging.getLogger(__name__)

CONTENT_TYPE = "audio/ogg"
WAV = "audio/wav"
PHONE_RATE = 8_000  # a phone line carries 8 kHz
SAMPLE_RATE = 24_000  # Opus takes 8, 12, 16, 24 or 48 kHz; eSpeak NG speaks at 22.05 kHz
WORDS_PER_MINUTE = 150  # a little slower than eSpeak NG's 175: older listeners, a second language
ENGINE = "espeak-ng/1"  # part of every clip's key: a change of engine or settings makes new clips

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_ESPEAK_RATE = 1
_CHARS_UTF8 = 1
_POS_CHARACTER = 1
_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


@dataclass(frozen=True)
class Clip:
    """A spoken message on disk: `speech:<key>` is its media reference."""

    key: str
    locale: str
    seconds: float
    size: int

    @property
    def ref(self) -> str:
        return f"speech:{self.key}"


class _Engine:
    """The eSpeak NG library, loaded once per process."""

    def __init__(self) -> None:
        import espeakng_loader

        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        self.lib.espeak_Initialize.argtypes = [ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_int]
        self.lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                          ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        self.rate = self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                               espeakng_loader.get_data_path().encode(), 0)
        if self.rate <= 0:
            raise RuntimeError("eSpeak NG did not start")
        self.lock = threading.Lock()
        self._chunks: list[bytes] = []

        def collect(wav, samples, _events) -> int:  # noqa: ANN001
            if samples > 0:
                self._chunks.append(ctypes.string_at(wav, samples * 2))
            return 0

        self._callback = _CALLBACK(collect)  # kept: the library holds only a pointer to it
        self.lib.espeak_SetSynthCallback(self._callback)

    def pcm(self, voice: str, text: str) -> bytes:
        """16-bit mono samples at `self.rate` of `text` spoken by `voice`."""
        data = text.encode()
        with self.lock:
            if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
                raise LookupError(f"eSpeak NG has no voice {voice!r}")
            self.lib.espeak_SetParameter(_ESPEAK_RATE, WORDS_PER_MINUTE, 0)
            self._chunks = []
            self.lib.espeak_Synth(data, len(data) + 1, 0, _POS_CHARACTER, 0, _CHARS_UTF8, None, None)
            self.lib.espeak_Synchronize()
            chunks, self._chunks = self._chunks, []
        return b"".join(chunks)


_engine: _Engine | None = None
_engine_lock = threading.Lock()


def engine() -> _Engine:
    global _engine
    with _engine_lock:
        if _engine is None:
            _engine = _Engine()
        return _engine


def _resampled(samples, rate: int, to: int):  # noqa: ANN001, ANN202 - numpy arrays
    import numpy as np

    count = max(1, int(len(samples) * to / rate))
    return np.interp(np.arange(count) * (rate / to), np.arange(len(samples)), samples) \
        if len(samples) else np.zeros(count, dtype=np.float32)


def encode_opus(pcm: bytes, rate: int) -> tuple[bytes, float]:
    """16-bit mono samples as OGG/Opus at `SAMPLE_RATE`; the bytes and the length in seconds."""
    import numpy as np
    import soundfile

    resampled = _resampled(np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0, rate, SAMPLE_RATE)
    out = io.BytesIO()
    soundfile.write(out, resampled, SAMPLE_RATE, format="OGG", subtype="OPUS")
    return out.getvalue(), len(resampled) / SAMPLE_RATE


def encode_wav(pcm: bytes, rate: int) -> tuple[bytes, float]:
    """16-bit mono samples as a WAV file at `PHONE_RATE`, what a phone call plays (Twilio's `<Play>`
    takes WAV or MP3, not OGG)."""
    import numpy as np
    import soundfile

    resampled = _resampled(np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0, rate, PHONE_RATE)
    out = io.BytesIO()
    soundfile.write(out, resampled, PHONE_RATE, format="WAV", subtype="PCM_16")
    return out.getvalue(), len(resampled) / PHONE_RATE


def to_wav(data: bytes) -> bytes:
    """A recorded voice note (OGG/Opus from Telegram or WhatsApp, or WAV) as a WAV file for a call
    (ValueError when it is not sound libsndfile reads)."""
    import numpy as np
    import soundfile

    try:
        samples, rate = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
    except (RuntimeError, soundfile.LibsndfileError) as exc:
        raise ValueError(f"not a recording: {exc}") from None
    mono = samples.mean(axis=1)
    pcm = (np.clip(mono, -1, 1) * 32767).astype("<i2").tobytes()
    return encode_wav(pcm, int(rate))[0]


@dataclass
class Speech:
    """Spoken messages, made once per (locale, text) and kept in `folder` up to `max_bytes`."""

    folder: Path
    max_bytes: int = 200 * 1024 * 1024
    made: int = 0  # clips synthesised by this process (the rest came from the folder)
    seconds_making: float = 0.0  # time spent synthesising and encoding them
    _seconds: dict[str, float] = field(default_factory=dict)
    _size: int | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _making: dict[str, threading.Lock] = field(default_factory=dict)

    def key(self, locale: str, text: str, audio: str = "ogg") -> str:
        kind = "" if audio == "ogg" else f"{audio}\n"  # (the voice notes' keys as they always were)
        return hashlib.sha256(f"{ENGINE}\n{kind}{VOICES.get(locale, '')}\n{text}".encode()).hexdigest()[:32]

    def path(self, key: str, audio: str = "ogg") -> Path:
        return self.folder / f"{key}.{audio}"

    def speak(self, locale: str, text: str, audio: str = "ogg") -> Clip:
        """The clip of `text` spoken in `locale`: a voice note ("ogg"), or for a phone call ("wav").
        LookupError for a locale without a voice."""
        voice = VOICES.get(locale)
        if voice is None:
            raise LookupError(f"no voice for {locale!r}")
        key = self.key(locale, text, audio)
        with self._lock:  # a wave asks for the same clip many times at once: one makes it, the rest wait
            making = self._making.setdefault(key, threading.Lock())
        with making:
            try:
                return self._speak(locale, voice, key, text, audio)
            finally:
                with self._lock:
                    self._making.pop(key, None)

    def _speak(self, locale: str, voice: str, key: str, text: str, audio: str) -> Clip:
        path = self.path(key, audio)
        if path.exists():
            try:
                os.utime(path)  # recently used: kept longest
                return Clip(key, locale, self._length(key), path.stat().st_size)
            except OSError:
                pass  # removed meanwhile: made again
        started = time.perf_counter()
        encode = encode_wav if audio == "wav" else encode_opus
        data, seconds = encode(engine().pcm(voice, text), engine().rate)
        self.folder.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{threading.get_ident()}.part")
        partial.write_bytes(data)
        os.replace(partial, path)
        with self._lock:
            self._seconds[key] = seconds
            self.made += 1
            self.seconds_making += time.perf_counter() - started
        self._keep_within_bound(len(data))
        return Clip(key, locale, seconds, len(data))

    def load(self, ref: str) -> tuple[bytes, str]:
        """The bytes of a `speech:<key>` clip (LookupError once it has been removed)."""
        key = ref.split(":", 1)[1]
        if not key.isalnum():
            raise LookupError("not a clip")
        for audio, content_type in (("ogg", CONTENT_TYPE), ("wav", WAV)):
            try:
                return self.path(key, audio).read_bytes(), content_type
            except OSError:
                continue
        raise LookupError("clip removed")

    def _length(self, key: str) -> float:
        if key not in self._seconds:
            import soundfile

            path = self.path(key)
            self._seconds[key] = float(soundfile.info(str(path if path.exists() else self.path(key, "wav"))).duration)
        return self._seconds[key]

    def _clips(self) -> list[Path]:
        return [*self.folder.glob("*.ogg"), *self.folder.glob("*.wav")]

    def _keep_within_bound(self, added: int) -> None:
        """Remove the least recently used clips once the folder holds more than `max_bytes`."""
        with self._lock:
            if self._size is None:
                self._size = sum(p.stat().st_size for p in self._clips())
            else:
                self._size += added
            if self._size <= self.max_bytes:
                return
            clips = sorted(self._clips(), key=lambda p: p.stat().st_mtime)
            for clip in clips:
                if self._size <= self.max_bytes * 0.8:
                    break
                try:
                    size = clip.stat().st_size
                    clip.unlink()
                except OSError:
                    continue
                self._size -= size
                self._seconds.pop(clip.stem, None)
            log.info("speech cache trimmed to %d bytes", self._size)


def speak_ahead(speech: Speech, catalog, upcoming, workers: int | None = None) -> int:  # noqa: ANN001
    """Make, before they are due, the clips of the spoken messages timers will send (`upcoming`:
    (outbound intent, recipient's language, her voice preference) as `Dispatcher.upcoming` reads
    them): the reminder wave at 10:00 then finds each clip made.  How many clips were made."""
    texts: set[tuple[str, str]] = set()
    for ob, language, voice in upcoming:
        if ob.message_id not in VOICED or ob.media is not None or not (voice or ob.speak) or not has_voice(language):
            continue
        # rendered exactly as the outbox renders its row, so the text (and the clip's key) is the same
        rendered = catalog.render(language, ob.message_id, decode_args(encode_args(ob.args)), ob.choices)
        texts.add((rendered.locale, catalog.spoken(rendered)))
    before = speech.made
    # NOTE: eSpeak NG is serial, but most of a clip's time is its Opus encoding, which runs in parallel.
    with ThreadPoolExecutor(max_workers=workers or os.cpu_count() or 2) as pool:
        for _clip in pool.map(lambda pair: speech.speak(*pair), sorted(texts)):
            pass
    return speech.made - before
