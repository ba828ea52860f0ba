import { describe, expect, it } from 'vitest';
import { ImportError } from '$lib/analytics/import/import-error';
import { ModelError } from '$lib/analytics/model-error';
import { handleFileRequest, type FileWorkerHandlers } from './file-worker';
import type { FileWorkerReply, KindGuess } from './file-protocol';

type Request = { kind: 'count'; bytes: Uint8Array; fail?: Error };

const handlers: FileWorkerHandlers<Request, number, KindGuess> = {
	kindOf: (inspection) => ({
		value: inspection.header.includes('首次购买') ? 'customers' : 'transactions',
		guessed: true
	}),
	analyse: (request, onProgress) => {
		if (request.fail) throw request.fail;
		onProgress(1, 0.5);
		return request.bytes.length;
	}
};

function answer(request: Parameters<typeof handleFileRequest<Request, number, KindGuess>>[0]) {
	const replies: FileWorkerReply<number, KindGuess>[] = [];
	handleFileRequest(request, handlers, (reply) => replies.push(reply));
	return replies;
}

describe('a lab worker’s answers', () => {
	it('inspects the table and adds the lab’s guess of what a row is', () => {
		const bytes = new TextEncoder().encode('客户,首次购买,最后购买\nA,2024-01-01,2024-02-01');
		const [reply] = answer({ kind: 'inspect', bytes, read: { encoding: 'auto' } });
		expect(reply.kind).toBe('inspection');
		if (reply.kind !== 'inspection') return;
		expect(reply.inspection.header).toEqual(['客户', '首次购买', '最后购买']);
		expect(reply.fileKind).toEqual({ value: 'customers', guessed: true });
	});

	it('sends progress, then the lab’s result', () => {
		expect(answer({ kind: 'count', bytes: new Uint8Array(3) })).toEqual([
			{ kind: 'progress', rowsRead: 1, fraction: 0.5 },
			{ kind: 'result', result: 3 }
		]);
	});

	it.each([
		[new ImportError('文件里只有表头，没有数据行。'), '文件里只有表头，没有数据行。'],
		[new ModelError('没有客户，无法估计生存曲线。'), '没有客户，无法估计生存曲线。'],
		[new TypeError('x is undefined'), '读取文件时出错：x is undefined']
	])('passes learners’ messages through and names a bug (%s)', (fail, message) => {
		expect(answer({ kind: 'count', bytes: new Uint8Array(0), fail })).toEqual([
			{ kind: 'error', message }
		]);
	});
});
