/// <reference lib="webworker" />
/** Parses a question-bank file off the page's thread; see read-bank.ts. */
import '../../zod-jitless';
import { answerBankRequest, type BankFormat, type BankMessage } from './read-bank';

self.onmessage = (event: MessageEvent<{ bytes: ArrayBuffer; format: BankFormat | 'auto' }>) => {
	answerBankRequest(event.data, (message: BankMessage) => self.postMessage(message));
};
