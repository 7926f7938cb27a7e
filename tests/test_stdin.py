"""Standard input: a cell that reads os.Stdin or fmt.Scan asks the front
end with input_request on the stdin channel."""
import time

from conftest import execute

READ = 'import ("bufio"; "fmt"; "os")\nfmt.Print("name? ")\nname, _ := bufio.NewReader(os.Stdin).ReadString(\'\\n\')\nfmt.Println("hello", name)'


def test_input_request_and_reply(kernel):
    km, kc = kernel
    msg_id = kc.execute(READ, allow_stdin=True)
    req = kc.get_stdin_msg(timeout=10)
    assert req["header"]["msg_type"] == "input_request"
    assert req["parent_header"]["msg_id"] == msg_id
    kc.input("Gopher")
    reply = kc.get_shell_msg(timeout=10)
    assert reply["content"]["status"] == "ok"
    msg_id = kc.execute('var n int\nfmt.Scanln(&n)\nn * 2', allow_stdin=True)
    kc.get_stdin_msg(timeout=10)
    kc.input("21")
    assert kc.get_shell_msg(timeout=10)["content"]["status"] == "ok"
    out = []
    while True:
        m = kc.get_iopub_msg(timeout=10)
        if m["parent_header"].get("msg_id") == msg_id:
            if m["header"]["msg_type"] == "execute_result":
                out.append(m["content"]["data"]["text/plain"])
            if m["header"]["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
    assert out == ["42"]


def test_no_stdin_gives_eof(kernel):
    km, kc = kernel
    c = execute(kc, READ, allow_stdin=False)
    assert c.status == "ok"
    assert "allow_stdin is false" in c.stderr
    assert c.stdout == "name? hello \n"


def test_interrupt_during_input(kernel):
    km, kc = kernel
    execute(kc, "func still() int { return 3 }")
    msg_id = kc.execute(READ, allow_stdin=True)
    kc.get_stdin_msg(timeout=10)
    km.interrupt_kernel()
    reply = kc.get_shell_msg(timeout=10)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert execute(kc, "still()").result == "3"
