package io.pulse.messaging.common.ai;

/** Where a feature's text comes from: the in-process engines, or a language model behind an OpenAI-compatible API. */
public enum AiProvider {
    /** The local engines: no network, nothing leaves the process. The default. */
    LOCAL,
    /** Any OpenAI-compatible endpoint: OpenAI, Azure OpenAI, vLLM, llama.cpp server, LM Studio, Ollama's {@code /v1}. */
    OPENAI,
    /** Shorthand for {@link #OPENAI} at Ollama's default address, without a key. */
    OLLAMA;

    static final String OLLAMA_BASE_URL = "http://localhost:11434/v1";
    static final String OPENAI_BASE_URL = "https://api.openai.com/v1";

    String defaultBaseUrl() {
        return this == OLLAMA ? OLLAMA_BASE_URL : OPENAI_BASE_URL;
    }

    String defaultModel() {
        return this == OLLAMA ? "llama3.2" : "gpt-4o-mini";
    }
}
