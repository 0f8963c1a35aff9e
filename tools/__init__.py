"""Development tools (chat, invoke, envelope builders). Never shipped in the Lambda artifact."""
