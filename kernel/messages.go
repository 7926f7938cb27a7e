package kernel

import (
	"strings"

	"github.com/gofutures/gofutures/kernel/complete"
)

// MsgType is the type of a Jupyter message (its header's msg_type).
type MsgType string

// The message types the kernel receives and sends.
const (
	MsgKernelInfoRequest MsgType = "kernel_info_request"
	MsgKernelInfoReply   MsgType = "kernel_info_reply"
	MsgExecuteRequest    MsgType = "execute_request"
	MsgExecuteReply      MsgType = "execute_reply"
	MsgExecuteInput      MsgType = "execute_input"
	MsgExecuteResult     MsgType = "execute_result"
	MsgError             MsgType = "error"
	MsgStream            MsgType = "stream"
	MsgStatus            MsgType = "status"
	MsgInputRequest      MsgType = "input_request"
	MsgInputReply        MsgType = "input_reply"
	MsgShutdownRequest   MsgType = "shutdown_request"
	MsgShutdownReply     MsgType = "shutdown_reply"
	MsgInterruptRequest  MsgType = "interrupt_request"
	MsgInterruptReply    MsgType = "interrupt_reply"
	MsgIsCompleteRequest MsgType = "is_complete_request"
	MsgIsCompleteReply   MsgType = "is_complete_reply"
	MsgCompleteRequest   MsgType = "complete_request"
	MsgCompleteReply     MsgType = "complete_reply"
	MsgInspectRequest    MsgType = "inspect_request"
	MsgInspectReply      MsgType = "inspect_reply"
	MsgHistoryRequest    MsgType = "history_request"
	MsgHistoryReply      MsgType = "history_reply"
	MsgCommInfoRequest   MsgType = "comm_info_request"
	MsgCommInfoReply     MsgType = "comm_info_reply"
	MsgCommOpen          MsgType = "comm_open"
	MsgCommMsg           MsgType = "comm_msg"
	MsgCommClose         MsgType = "comm_close"
)

// isRequest reports whether t is a request, which gets a reply.
func (t MsgType) isRequest() bool { return strings.HasSuffix(string(t), "_request") }

// reply returns the type of the reply to request t.
func (t MsgType) reply() MsgType {
	return MsgType(strings.TrimSuffix(string(t), "_request") + "_reply")
}

// Request contents.
type (
	executeRequest struct {
		Code         string `json:"code"`
		Silent       bool   `json:"silent"`
		StoreHistory *bool  `json:"store_history"`
		AllowStdin   bool   `json:"allow_stdin"`
		StopOnError  *bool  `json:"stop_on_error"`
	}
	shutdownRequest struct {
		Restart bool `json:"restart"`
	}
	isCompleteRequest struct {
		Code string `json:"code"`
	}
	// codeAtCursor is the content of complete_request and inspect_request.
	codeAtCursor struct {
		Code      string `json:"code"`
		CursorPos int    `json:"cursor_pos"`
	}
	historyRequest struct {
		Output         bool   `json:"output"`
		Raw            bool   `json:"raw"`
		HistAccessType string `json:"hist_access_type"`
		Session        int    `json:"session"`
		Start          int    `json:"start"`
		Stop           int    `json:"stop"`
		N              int    `json:"n"`
		Pattern        string `json:"pattern"`
		Unique         bool   `json:"unique"`
	}
	commOpen struct {
		CommID string `json:"comm_id"`
	}
	inputReply struct {
		Value string `json:"value"`
	}
)

// Reply and broadcast contents.
type (
	// statusReply is the reply of requests that only succeed.
	statusReply struct {
		Status string `json:"status"`
	}
	// errorReply is every reply with status "error": a request that
	// failed, that the kernel does not know, or whose handling panicked.
	errorReply struct {
		Status    string   `json:"status"`
		EName     string   `json:"ename"`
		EValue    string   `json:"evalue"`
		Traceback []string `json:"traceback"`
		// ExecutionCount is set in execute_reply.
		ExecutionCount *int `json:"execution_count,omitempty"`
	}
	kernelInfoReply struct {
		Status                string       `json:"status"`
		ProtocolVersion       string       `json:"protocol_version"`
		Implementation        string       `json:"implementation"`
		ImplementationVersion string       `json:"implementation_version"`
		LanguageInfo          languageInfo `json:"language_info"`
		Banner                string       `json:"banner"`
		HelpLinks             []helpLink   `json:"help_links"`
	}
	languageInfo struct {
		Name           string `json:"name"`
		Version        string `json:"version"`
		MimeType       string `json:"mimetype"`
		FileExtension  string `json:"file_extension"`
		PygmentsLexer  string `json:"pygments_lexer"`
		CodemirrorMode string `json:"codemirror_mode"`
	}
	helpLink struct {
		Text string `json:"text"`
		URL  string `json:"url"`
	}
	executeReply struct {
		Status          string         `json:"status"`
		ExecutionCount  int            `json:"execution_count"`
		UserExpressions map[string]any `json:"user_expressions"`
		Payload         []any          `json:"payload"`
	}
	abortedReply struct {
		Status         string `json:"status"`
		ExecutionCount int    `json:"execution_count"`
	}
	executeInput struct {
		Code           string `json:"code"`
		ExecutionCount int    `json:"execution_count"`
	}
	executeResult struct {
		ExecutionCount int            `json:"execution_count"`
		Data           map[string]any `json:"data"`
		Metadata       map[string]any `json:"metadata"`
	}
	errorContent struct {
		EName     string   `json:"ename"`
		EValue    string   `json:"evalue"`
		Traceback []string `json:"traceback"`
	}
	streamContent struct {
		Name string `json:"name"`
		Text string `json:"text"`
	}
	statusContent struct {
		ExecutionState string `json:"execution_state"`
	}
	inputRequest struct {
		Prompt   string `json:"prompt"`
		Password bool   `json:"password"`
	}
	shutdownReply struct {
		Status  string `json:"status"`
		Restart bool   `json:"restart"`
	}
	isCompleteReply struct {
		Status string  `json:"status"`
		Indent *string `json:"indent,omitempty"` // only when incomplete
	}
	completeReply struct {
		Status      string           `json:"status"`
		Matches     []string         `json:"matches"`
		CursorStart int              `json:"cursor_start"`
		CursorEnd   int              `json:"cursor_end"`
		Metadata    completeMetadata `json:"metadata"`
	}
	completeMetadata struct {
		Types []complete.Match `json:"_jupyter_types_experimental"`
	}
	inspectReply struct {
		Status   string         `json:"status"`
		Found    bool           `json:"found"`
		Data     map[string]any `json:"data"`
		Metadata map[string]any `json:"metadata"`
	}
	historyReply struct {
		Status  string `json:"status"`
		History []any  `json:"history"`
	}
	commInfoReply struct {
		Status string         `json:"status"`
		Comms  map[string]any `json:"comms"`
	}
	commClose struct {
		CommID string         `json:"comm_id"`
		Data   map[string]any `json:"data"`
	}
)
