// Search spaces, studies, samplers, pruners. See ARCHITECTURE.md.
