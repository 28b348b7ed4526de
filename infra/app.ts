#!/usr/bin/env node
import { buildApp } from './build.ts';

// `npm run synth` (cdk synth) runs this file; it needs no AWS account or credentials.
buildApp().app.synth();
